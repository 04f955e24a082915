// Build 1 (invoker.goals) generated and compiled. Each further build below changes one thing and
// checks what the plugin did: which files it wrote (mtimes), deleted, kept, and what it logged.
import dev.ackgen.maven.it.Maven

def out = new File(basedir, 'target/generated-sources/ackgen')
def things = new File(out, 'com/example/things')
def spec = new File(basedir, 'src/main/openapi/things.yaml')
def common = new File(basedir, 'src/main/openapi/schemas/common.yaml')
int step = 1
def mvn = { List<String> args ->
    step++
    Maven.run(mavenHome, localRepositoryPath, basedir, "build-${step}", args)
}
def ok = { List<String> args ->
    def build = mvn(args)
    assert build.exitCode == 0 : build.log
    build.log
}
def failing = { List<String> args ->
    def build = mvn(args)
    assert build.exitCode != 0 : build.log
    assert !(build.log =~ /(?m)^\s+at [a-z]+\./) : 'a stack trace in\n' + build.log // a message, not a stack trace
    build.log
}
/** Every file under the output directory, relative path -> mtime. */
def state = { ->
    def files = [:]
    out.eachFileRecurse(groovy.io.FileType.FILES) { files[out.toPath().relativize(it.toPath()).toString().replace('\\', '/')] = it.lastModified() }
    files
}
def tick = { -> Thread.sleep(1100) } // so that a rewrite shows in a second-resolution mtime
def summary = { String log -> (log =~ /ackgen: .*/)[0] }

// 1. The first build.
def log1 = new File(basedir, 'build.log').text
assert log1.contains('ackgen: 2 operations, 10 written, 0 unchanged, 0 deleted, in ')
def generated = ['CreateThingRequest', 'CreateThingRequestValidator', 'CsClient', 'DefaultCsClient', 'DeleteThingRequest',
                 'DeleteThingRequestValidator', 'JsonModelReaders', 'Label', 'LabelValidator', 'Thing'].collect { "com/example/things/${it}.java".toString() }
assert state().keySet() == (generated + ['.ackgen-manifest', '.ackgen-fingerprint']) as Set
assert new File(basedir, 'target/classes/com/example/things/CreateThingRequest.class').isFile()
// A file of the user's in the output directory: never touched, never deleted.
def notes = new File(out, 'NOTES.txt')
notes.text = 'mine\n'

// 2. Nothing changed: nothing written, one line says so.
def before = state()
tick()
def log = ok(['generate-sources'])
assert log =~ /ackgen: up to date, nothing written \(spec, 1 referenced file, configuration and generator unchanged\) in \S+ \(\d+ ms\)/
assert state() == before

// 3. The spec's content changed: regenerated, only the files whose content changed are written.
spec.text = spec.text.replace('maxLength: 10', 'maxLength: 20')
before = state()
tick()
log = ok(['generate-sources'])
assert summary(log) =~ /ackgen: 2 operations, [12] written, [89] unchanged, 0 deleted, in /
assert new File(things, 'CreateThingRequestValidator.java').text.contains('20')
def after = state()
assert after['com/example/things/CreateThingRequestValidator.java'] != before['com/example/things/CreateThingRequestValidator.java']
assert after['com/example/things/Thing.java'] == before['com/example/things/Thing.java']
assert after['com/example/things/DeleteThingRequest.java'] == before['com/example/things/DeleteThingRequest.java']

// 4. Only a file the spec references through $ref changed: regenerated.
common.text = common.text.replace('''        key:
          type: string''', '''        value:
          type: string
        key:
          type: string''')
before = state()
tick()
log = ok(['generate-sources'])
assert summary(log) =~ /ackgen: 2 operations, [1-3] written, [7-9] unchanged, 0 deleted, in /
assert new File(things, 'Label.java').text.contains('getValue()')
assert state()['com/example/things/Label.java'] != before['com/example/things/Label.java']
assert state()['com/example/things/DeleteThingRequest.java'] == before['com/example/things/DeleteThingRequest.java']

// 5. A generated file deleted by hand comes back, the others are not rewritten.
new File(things, 'Thing.java').delete()
before = state()
tick()
log = ok(['generate-sources'])
assert summary(log).contains('ackgen: 2 operations, 1 written, 9 unchanged, 0 deleted')
assert new File(things, 'Thing.java').isFile()
// ... and so does one edited by hand.
new File(things, 'Thing.java').text = '// edited\n'
log = ok(['generate-sources'])
assert summary(log).contains('ackgen: 2 operations, 1 written, 9 unchanged, 0 deleted')
assert new File(things, 'Thing.java').text.contains('public final class Thing')

// 6. The package changed: the new package's files written, the old package's deleted; the user's file stays.
log = ok(['compile', '-Dit.package=com.example.other'])
assert summary(log).contains('ackgen: 2 operations, 10 written, 0 unchanged, 10 deleted')
assert !things.exists() || things.list().length == 0
assert new File(out, 'com/example/other/CreateThingRequest.java').text.contains('package com.example.other;')
assert notes.text == 'mine\n'

// 7. An operation excluded (user property): its request and validator are deleted, the client loses its
// methods (rewritten), nothing else is written.
before = state()
tick()
log = ok(['compile', '-Dit.package=com.example.other', '-Dackgen.excludeOperations=DeleteThing'])
assert summary(log).contains('ackgen: 1 operation, 2 written, 6 unchanged, 2 deleted')
assert !new File(out, 'com/example/other/DeleteThingRequest.java').exists()
assert !new File(out, 'com/example/other/DeleteThingRequestValidator.java').exists()
assert state()['com/example/other/CreateThingRequest.java'] == before['com/example/other/CreateThingRequest.java']

// 8. -Dackgen.skip=true: nothing generated though the configuration changed; the sources still compile.
before = state()
tick()
log = ok(['compile', '-Dackgen.skip=true'])
assert log.contains('ackgen: skipped (ackgen.skip=true)')
assert state() == before

// 9. A bad spec: the build fails naming the file, the line and the JSON pointer; the previous output is kept.
def good = spec.text
spec.text = good.replace("                  type: string\n                  maxLength: 20", "                  type: strin\n                  maxLength: 20")
assert spec.text != good
before = state()
tick()
log = failing(['generate-sources', '-Dit.package=com.example.other', '-Dackgen.excludeOperations=DeleteThing'])
assert log =~ /ackgen: The spec has \d+ problems?:/
assert log.contains('things.yaml:23 at #/paths/~1things/post/requestBody/content/application~1json/schema/properties/name/type: unknown type strin')
assert state() == before
spec.text = good

// 10. Configuration errors name the parameter and the value; the output is kept.
log = failing(['generate-sources', '-Dit.package=com.example.other', '-Dackgen.excludeOperations=DeletThing'])
assert log.contains('<excludeOperations> names DeletThing, which is not an operationId of the spec; did you mean DeleteThing?')
log = failing(['generate-sources', '-Dit.package=com.example.class'])
assert log.contains("'com.example.class' is not a valid Java package name")
log = failing(['generate-sources', '-Dit.spec=src/main/openapi/nope.yaml'])
assert log =~ /<spec> \S+nope\.yaml does not exist/
assert state() == before

// 11. Back to the last good configuration: up to date again, nothing written.
log = ok(['generate-sources', '-Dit.package=com.example.other', '-Dackgen.excludeOperations=DeleteThing'])
assert log.contains('ackgen: up to date, nothing written')
assert state() == before
return true
