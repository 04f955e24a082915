// Two executions in one module: both generate into their own directories, both are compiled;
// a rebuild leaves both alone; two executions sharing one directory is refused.
import dev.ackgen.maven.it.Maven

def log = new File(basedir, 'build.log').text
assert log =~ /--- ackgen:\S+:generate \(cluster\) @ two-executions ---/
assert log =~ /--- ackgen:\S+:generate \(things\) @ two-executions ---/
assert log =~ /ackgen: 1 operation, 13 written, 0 unchanged, 0 deleted, in \S+ackgen-cluster \(\d+ ms\)/
// validators off for this one: models only
assert log =~ /ackgen: 2 operations, 7 written, 0 unchanged, 0 deleted, in \S+ackgen-things \(\d+ ms\)/
assert new File(basedir, 'target/classes/com/example/Both.class').isFile()
assert new File(basedir, 'target/classes/com/example/cluster/CreateClusterRequestValidator.class').isFile()
assert !new File(basedir, 'target/generated-sources/ackgen-things/com/example/things/CreateThingRequestValidator.java').exists()

def second = Maven.run(mavenHome, localRepositoryPath, basedir, 'second-build', ['compile'])
assert second.exitCode == 0 : second.log
assert (second.log =~ /ackgen: up to date, nothing written/).size() == 2

def clash = Maven.run(mavenHome, localRepositoryPath, basedir, 'same-directory', ['generate-sources',
        '-Dit.things.out=' + new File(basedir, 'target/generated-sources/ackgen-cluster').absolutePath])
assert clash.exitCode != 0
assert clash.log.contains("executions 'cluster' and 'things' both write ")
assert clash.log.contains(': give each execution its own <outputDirectory>')
assert new File(basedir, 'target/generated-sources/ackgen-cluster/com/example/cluster/CreateClusterRequest.java').isFile()
return true
