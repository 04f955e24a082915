// -T2: the two API modules generate in parallel threads; the app compiles against both.
import dev.ackgen.maven.it.Maven

def log = new File(basedir, 'build.log').text
assert log.contains('Using the MultiThreadedBuilder implementation with a thread count of 2')
assert log =~ /ackgen: 2 operations, 10 written, 0 unchanged, 0 deleted, in \S+api-things\S+ \(\d+ ms\)/
assert log =~ /ackgen: 1 operation, 13 written, 0 unchanged, 0 deleted, in \S+api-cluster\S+ \(\d+ ms\)/
assert new File(basedir, 'app/target/classes/com/example/app/App.class').isFile()

def second = Maven.run(mavenHome, localRepositoryPath, basedir, 'second-build', ['package'])
assert second.exitCode == 0 : second.log
assert (second.log =~ /ackgen: up to date, nothing written/).size() == 2
return true
