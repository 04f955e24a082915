// Build 1 (invoker.goals) generated with the overlay src/main/openapi/local.yaml and compiled. The
// builds below edit the overlay, then the spec under it, and check what the plugin wrote and logged.
import dev.ackgen.maven.it.Maven
import java.security.MessageDigest

def out = new File(basedir, 'target/generated-sources/ackgen')
def things = new File(out, 'com/example/things')
def spec = new File(basedir, 'src/main/openapi/things.yaml')
def overlay = new File(basedir, 'src/main/openapi/local.yaml')
int step = 1
def mvn = { List<String> args ->
    step++
    Maven.run(mavenHome, localRepositoryPath, basedir, "build-${step}", args)
}
def ok = { List<String> args ->
    def build = mvn(args)
    assert build.exitCode == 0 : "build ${step} (mvn ${args.join(' ')}) failed:\n${build.log}"
    build.log
}
def failing = { List<String> args ->
    def build = mvn(args)
    assert build.exitCode != 0 : "build ${step} (mvn ${args.join(' ')}) should have failed:\n${build.log}"
    assert !(build.log =~ /(?m)^\s+at [a-z]+\./) : "build ${step}: a stack trace instead of a message in\n${build.log}"
    build.log
}
/** Every file under the output directory, relative path -> [mtime, SHA-256 of its bytes]. */
def state = { ->
    def files = [:]
    out.eachFileRecurse(groovy.io.FileType.FILES) {
        def name = out.toPath().relativize(it.toPath()).toString().replace('\\', '/')
        files[name] = [it.lastModified(), MessageDigest.getInstance('SHA-256').digest(it.bytes).encodeHex().toString()]
    }
    files
}
def mtime = { Map files, String name -> files["com/example/things/${name}.java".toString()][0] }
def tick = { -> Thread.sleep(1100) } // so that a rewrite shows in a second-resolution mtime
def summary = { String log -> (log =~ /ackgen: .*/)[0] }
def warnings = { String log -> log.readLines().findAll { it.startsWith('[WARNING] ackgen') } }
/** The line where action #/actions/<index> of the overlay starts (its "- target:" line), 1-based. */
def actionLine = { int index ->
    def starts = []
    overlay.readLines().eachWithIndex { line, i -> if (line.startsWith('  - target:')) starts << i + 1 }
    starts[index]
}

// 1. The first build: the overlay renamed schema Label to Sticker (x-ackgen-java-name) and bounded
// Label.weight (maximum: 4711); the generated code shows both and compiles (-Xlint:all -Werror).
def log = new File(basedir, 'build.log').text
assert log.contains('ackgen: 2 operations, 10 written, 0 unchanged, 0 deleted, in ') : 'step 1: unexpected summary in\n' + log
def generated = ['CreateThingRequest', 'CreateThingRequestValidator', 'CsClient', 'DefaultCsClient', 'DeleteThingRequest',
                 'DeleteThingRequestValidator', 'JsonModelReaders', 'Sticker', 'StickerValidator', 'Thing'].collect { "com/example/things/${it}.java".toString() }
assert state().keySet() == (generated + ['.ackgen-manifest', '.ackgen-fingerprint']) as Set :
        'step 1: the overlay\'s x-ackgen-java-name did not rename Label to Sticker: ' + state().keySet()
assert new File(things, 'Sticker.java').text.contains('public final class Sticker') : 'step 1: Sticker.java is not class Sticker'
assert new File(things, 'Thing.java').text.contains('Sticker') : 'step 1: Thing does not use the renamed class'
assert new File(things, 'StickerValidator.java').text.contains('must be at most 4711') :
        'step 1: the overlay\'s maximum: 4711 is not in StickerValidator:\n' + new File(things, 'StickerValidator.java').text
assert new File(basedir, 'target/classes/com/example/things/Sticker.class').isFile() : 'step 1: Sticker was not compiled'
assert new File(basedir, 'target/classes/com/example/things/StickerValidator.class').isFile() : 'step 1: StickerValidator was not compiled'
assert warnings(log).isEmpty() : 'step 1: unexpected ackgen warnings: ' + warnings(log)

// 2. Nothing changed: nothing written (mtimes and bytes kept), and the one line counts the overlay.
def before = state()
tick()
log = ok(['generate-sources'])
assert log =~ /ackgen: up to date, nothing written \(spec, 1 overlay, 0 referenced files, configuration and generator unchanged\) in \S+ \(\d+ ms\)/ :
        'step 2: not up to date:\n' + log
assert state() == before : 'step 2: the no-op build touched the output'

// 3. The overlay edited (another bound): regenerated; only the validator that holds the bound is rewritten.
overlay.text = overlay.text.replace('maximum: 4711', 'maximum: 99')
before = state()
tick()
log = ok(['generate-sources'])
assert summary(log).contains('ackgen: 2 operations, 1 written, 9 unchanged, 0 deleted') : 'step 3: unexpected summary: ' + summary(log)
def validator = new File(things, 'StickerValidator.java').text
assert validator.contains('must be at most 99') && !validator.contains('4711') : 'step 3: the edited bound is not in StickerValidator:\n' + validator
def after = state()
assert mtime(after, 'StickerValidator') != mtime(before, 'StickerValidator') : 'step 3: StickerValidator not rewritten'
assert (generated - 'com/example/things/StickerValidator.java').every { after[it] == before[it] } : 'step 3: files other than StickerValidator rewritten'
assert warnings(log).isEmpty() : 'step 3: unexpected ackgen warnings: ' + warnings(log)

// 4. A new "vendor" spec renames weight to priority: the overlay's second action (#/actions/1) selects
// nothing. The build (generate and compile) succeeds with a warning naming the overlay file, the action's
// line and index, and its target; the bound is gone, the rename (#/actions/0) still applies.
spec.text = spec.text.replace('        weight:\n', '        priority:\n')
assert spec.text.contains('priority:') : 'step 4: the spec edit did not apply'
before = state()
tick()
log = ok(['compile'])
assert summary(log).contains('ackgen: 2 operations, 2 written, 8 unchanged, 0 deleted') : 'step 4: unexpected summary: ' + summary(log)
def expected = ~/\[WARNING\] ackgen: (.+?)local\.yaml:(\d+) at #\/actions\/1: target \$\.components\.schemas\.Label\.properties\.weight: selects nothing, the action changes nothing/
def warning = log =~ expected
assert warning.find() : 'step 4: no warning for #/actions/1 in\n' + log
assert new File(warning.group(1) + 'local.yaml').canonicalFile == overlay.canonicalFile : 'step 4: the warning names ' + warning.group(1) + 'local.yaml'
assert warning.group(2) as int == actionLine(1) : "step 4: the warning gives line ${warning.group(2)}, the action starts on line ${actionLine(1)}"
assert warnings(log).size() == 1 : 'step 4: expected one ackgen warning: ' + warnings(log)
validator = new File(things, 'StickerValidator.java').text
assert !validator.contains('must be at most') : 'step 4: a bound without the overlay action:\n' + validator
assert new File(things, 'Sticker.java').text.contains('getPriority()') : 'step 4: Sticker has no priority'
assert new File(basedir, 'target/classes/com/example/things/Sticker.class').isFile()
def afterWarning = state()
assert ['Sticker', 'StickerValidator'].every { mtime(afterWarning, it) != mtime(before, it) } : 'step 4: Sticker and its validator not rewritten'

// 5. The same with -Dackgen.strictOverlays=true: the build fails with that problem as an error, no
// stack trace, and the output of step 4 is left as it was (mtimes and bytes).
tick()
log = failing(['generate-sources', '-Dackgen.strictOverlays=true'])
assert log =~ /ackgen: The spec has 1 problem:/ : 'step 5: no problem count in\n' + log
def error = log =~ /(?m)^\[ERROR\]\s+(.+?)local\.yaml:(\d+) at #\/actions\/1: target \$\.components\.schemas\.Label\.properties\.weight: selects nothing, the action changes nothing/
assert error.find() : 'step 5: the error does not name the overlay, #/actions/1 and its target in\n' + log
assert new File(error.group(1) + 'local.yaml').canonicalFile == overlay.canonicalFile : 'step 5: the error names ' + error.group(1) + 'local.yaml'
assert error.group(2) as int == actionLine(1) : "step 5: the error gives line ${error.group(2)}, the action starts on line ${actionLine(1)}"
assert state() == afterWarning : 'step 5: the failed build changed the output'

// 6. Back without strict overlays: up to date (the failed build did not touch the fingerprint), and
// the warning of the build that generated the output is repeated until the overlay is fixed.
log = ok(['generate-sources'])
assert log.contains('ackgen: up to date, nothing written') : 'step 6: not up to date:\n' + log
assert state() == afterWarning : 'step 6: the no-op build touched the output'
assert (log =~ expected).find() : 'step 6: the up-to-date build does not repeat the warning:\n' + log
assert warnings(log).size() == 1 : 'step 6: expected one ackgen warning: ' + warnings(log)
return true
