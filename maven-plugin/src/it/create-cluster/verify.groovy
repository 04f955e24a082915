// The first build (invoker.goals) generated, compiled with -Xlint:all -Werror and ran the test.
// Then a second build with nothing changed must write nothing and keep every file's mtime.
def log = new File(basedir, 'build.log').text
def out = new File(basedir, 'target/generated-sources/ackgen')
def pkg = new File(out, 'com/example/ack/createcluster')

assert log =~ /ackgen: 1 operation, 13 written, 0 unchanged, 0 deleted, in .*generated-sources.ackgen \(\d+ ms\)/
assert log =~ /(?m)Tests run: 7, Failures: 0, Errors: 0, Skipped: 0\s*$/
assert new File(pkg, 'CreateClusterRequest.java').isFile()
assert new File(pkg, 'CreateClusterRequestValidator.java').isFile()
assert new File(pkg, 'ClusterClient.java').isFile()
assert new File(pkg, 'DefaultClusterClient.java').isFile()
assert new File(out, '.ackgen-manifest').isFile()
assert new File(out, '.ackgen-fingerprint').isFile()

def mtimes = { -> out.listFiles().findAll { it.isFile() }.collectEntries { [(it.name): it.lastModified()] } +
        pkg.listFiles().collectEntries { [(it.name): it.lastModified()] } }
def before = mtimes()
Thread.sleep(1100) // a rewrite would show in a second-resolution mtime too

def second = dev.ackgen.maven.it.Maven.run(mavenHome, localRepositoryPath, basedir, 'second-build', ['-V', 'test'])
assert second.log.contains('Apache Maven ' + mavenVersion) // the Maven this execution is about (3.9.x or 3.8.7)
assert second.exitCode == 0 : second.log
assert second.log =~ /ackgen: up to date, nothing written \(spec, 0 referenced files, configuration and generator unchanged\) in .* \(\d+ ms\)/
assert second.log =~ /(?m)Tests run: 7, Failures: 0, Errors: 0, Skipped: 0\s*$/
assert mtimes() == before
return true
