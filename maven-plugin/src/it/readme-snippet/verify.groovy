// README's snippet, pasted as is, generated and compiled; nothing noisy in the user's build.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS') : log
assert log =~ /ackgen: 1 operation, 13 written, 0 unchanged, 0 deleted, in .*generated-sources.ackgen \(\d+ ms\)/
assert new File(basedir, 'target/classes/com/example/readme/App.class').isFile()
assert new File(basedir, 'target/classes/com/example/ack/ClusterClient.class').isFile()
assert !log.contains('SLF4J') : 'SLF4J noise in the build'
assert !(log =~ /(?i)source value 8|-source 8|release version 5|Source option 5/) : 'no Java release in the snippet'
// Any warning fails (an encoding not set, a Java release missing...), except that the ITs' repository is a file: mirror of the local one, without checksums: Maven says so, not the project.
def warnings = log.readLines().findAll { it.startsWith('[WARNING]') }
        .findAll { !(it =~ /Checksum validation failed|Could not validate integrity of download/) }
assert warnings.isEmpty() : 'warnings in the build: ' + warnings.join('\n')
return true
