// The first build (invoker.goals) generated the CreateCluster client with the annotation processor
// alone, compiled main and test code with -Xlint:all -Werror (no "No processor claimed" warning for
// @Test & co.) and ran the test against the mock server. Then the documented way to pick up a
// changed spec: change it, touch the annotated file, build again.
def log = new File(basedir, 'build.log').text
def pkg = new File(basedir, 'target/generated-sources/annotations/com/example/ack')

assert !log.contains('No processor claimed')
assert !log.contains('SLF4J') // swagger-parser's logging stays quiet inside javac
// Warnings of the build itself; downloads into an empty IT repository warn about checksums, which is not ours to judge.
def warnings = log.readLines().findAll { it.contains('[WARNING]') && !(it =~ /(?i)checksum|validate integrity of download/) }
assert warnings.isEmpty() : 'a warning in a -Werror build: ' + warnings
assert log =~ /(?m)Tests run: 3, Failures: 0, Errors: 0, Skipped: 0\s*$/
['CreateClusterRequest', 'CreateClusterRequestValidator', 'ClusterClient', 'DefaultClusterClient'].each {
    assert new File(pkg, it + '.java').isFile()
}
assert !new File(pkg, 'ClusterClient.java').text.contains('(changed)')

def spec = new File(basedir, 'src/main/resources/openapi/ack-edge-create-cluster.yaml')
spec.text = spec.text.replace('Creates an ACK Edge cluster by calling the CreateCluster operation.',
        'Creates an ACK Edge cluster by calling the CreateCluster operation (changed).')
def annotated = new File(basedir, 'src/main/java/com/example/ack/package-info.java')
annotated.setLastModified(System.currentTimeMillis() + 2000)

def second = dev.ackgen.maven.it.Maven.run(mavenHome, localRepositoryPath, basedir, 'after-spec-change', ['compile'])
assert second.exitCode == 0 : second.log
assert second.log.contains('Recompiling the module because of changed source code')
assert new File(pkg, 'ClusterClient.java').text.contains('(changed)')
return true
