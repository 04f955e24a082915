// Build 1 (invoker.goals: clean verify) ran ackgen and saved the build in the local cache, cache/.
// Then: a second checkout of the same sources (checkout-2/, no target/) restores everything from the
// cache without running ackgen; changes to the spec, a file it $refs, the overlay, the plugin
// configuration (a POM property) and a -Dackgen.* parameter each run ackgen again.
import dev.ackgen.maven.it.Maven

def cache = new File(basedir, 'cache')
def checkout2 = new File(basedir, 'checkout-2')
int step = 1
/** mvn in dir, with the shared cache; the log is <dir>/build-<step>.log. */
def ok = { File dir, List<String> args ->
    step++
    def build = Maven.run(mavenHome, localRepositoryPath, dir, "build-${step}",
            ["-Dmaven.build.cache.location=${cache.absolutePath}".toString()] + args)
    assert build.exitCode == 0 : "build ${step} (mvn ${args.join(' ')} in ${dir.name}) failed:\n${build.log}"
    build.log
}
/** What shows that ackgen ran: its own line and the mojo execution header. */
def ackgenLines = { String log -> log.readLines().findAll { it =~ /^\[\w+\] ackgen: / || it.contains('--- ackgen:') } }
def ran = { String log, String what ->
    assert log.contains('--- ackgen:') : "${what}: the ackgen mojo did not run:\n${log}"
    def summary = log =~ /(?m)^\[INFO\] ackgen: 2 operations, (\d+) written, \d+ unchanged, \d+ deleted/
    assert summary.find() && (summary.group(1) as int) > 0 : "${what}: ackgen wrote nothing:\n${log}"
    assert !log.contains('Found cached build') : "${what}: restored from the cache instead of building:\n${log}"
}
def saved = { File dir, String log, String what ->
    def line = log =~ /Saved Build to local file: (.+)/
    assert line.find() : "${what}: the build was not saved in the cache:\n${log}"
    def file = new File(line.group(1).trim())
    file = file.absolute ? file : new File(dir, file.path)
    assert file.canonicalPath.startsWith(cache.canonicalPath + File.separator) : "${what}: saved outside ${cache}: ${file}"
    file
}
def things = { File dir -> new File(dir, 'target/generated-sources/ackgen/com/example/things') }
/** Relative path -> bytes of every file under a directory. */
def tree = { File root ->
    def files = [:]
    root.eachFileRecurse(groovy.io.FileType.FILES) {
        files[root.toPath().relativize(it.toPath()).toString().replace('\\', '/')] = it.bytes.encodeBase64().toString()
    }
    files
}

// 1. clean verify: ackgen generated (the overlay renamed Label to Sticker), the code compiled, and
// the build was saved to cache/ with the spec, the overlay and the $ref'd file among its inputs.
def log = new File(basedir, 'build.log').text
assert log.contains('Loading cache configuration from') : 'step 1: the build cache extension is not active:\n' + log
ran(log, 'step 1')
def buildInfo = saved(basedir, log, 'step 1')
def inputs = (buildInfo.text =~ /<item type="file"[^>]*>([^<]+)<\/item>/).collect { it[1].replace('\\', '/') }
assert inputs.toSet() == ['src/main/openapi/things.yaml', 'src/main/openapi/local.yaml', 'src/main/openapi/schemas/owner.yaml'] as Set :
        "step 1: the cached build's input files (${buildInfo}) are not the spec, the overlay and the \$ref'd file: ${inputs}"
assert new File(things(basedir), 'Sticker.java').isFile() : 'step 1: Sticker.java not generated'
assert new File(basedir, 'target/classes/com/example/things/Sticker.class').isFile() : 'step 1: Sticker not compiled'

// 2. A second checkout (the same sources in another directory, no target/): verify restores the
// generated sources (with ackgen's fingerprint), the classes and the jar from the cache, and neither
// ackgen nor javac runs.
['pom.xml', '.mvn', 'src'].each { name ->
    def from = new File(basedir, name).toPath()
    java.nio.file.Files.walk(from).each { path ->
        def to = checkout2.toPath().resolve(basedir.toPath().relativize(path).toString())
        java.nio.file.Files.createDirectories(to.parent)
        if (!java.nio.file.Files.isDirectory(path)) java.nio.file.Files.copy(path, to)
    }
}
log = ok(checkout2, ['verify'])
assert log.contains('Found cached build, restoring') : 'step 2: not restored from the cache:\n' + log
assert log.contains('Skipping plugin execution (cached): ackgen:generate') : 'step 2: ackgen:generate not skipped as cached:\n' + log
assert ackgenLines(log).isEmpty() : 'step 2: ackgen ran on a cache hit: ' + ackgenLines(log)
assert !log.contains('--- compiler:') : 'step 2: javac ran on a cache hit:\n' + log
def generated = new File(checkout2, 'target/generated-sources/ackgen')
assert tree(generated) == tree(new File(basedir, 'target/generated-sources/ackgen')) :
        'step 2: the restored generated sources differ from build 1\'s: ' + tree(generated).keySet()
assert new File(generated, '.ackgen-fingerprint').isFile() : 'step 2: ackgen\'s fingerprint was not restored'
assert tree(new File(checkout2, 'target/classes')).keySet() == tree(new File(basedir, 'target/classes')).keySet() :
        'step 2: the restored classes differ from build 1\'s: ' + tree(new File(checkout2, 'target/classes')).keySet()
assert new File(checkout2, 'target/build-cache-1.0.jar').isFile() : 'step 2: the jar was not restored'

// 3. The spec changed (Thing gets a property): not restored, ackgen runs, the new code compiles.
def spec = new File(checkout2, 'src/main/openapi/things.yaml')
spec.text = spec.text.replace('        thing_id:\n          type: string\n', '        thing_id:\n          type: string\n        colour:\n          type: string\n')
assert spec.text.contains('colour:') : 'step 3: the spec edit did not apply'
log = ok(checkout2, ['verify'])
ran(log, 'step 3 (spec changed)')
// ackgen's restored fingerprint and manifest: only the changed class is rewritten.
assert log.contains('ackgen: 2 operations, 1 written, 10 unchanged, 0 deleted') : 'step 3: not only Thing.java rewritten:\n' + log
saved(checkout2, log, 'step 3')
assert new File(things(checkout2), 'Thing.java').text.contains('getColour()') : 'step 3: Thing has no colour'

// 4. A file the spec $refs changed (only the <include> of src/main/openapi makes it an input).
def owner = new File(checkout2, 'src/main/openapi/schemas/owner.yaml')
owner.text = owner.text + '        email:\n          type: string\n'
log = ok(checkout2, ['verify'])
ran(log, 'step 4 ($ref\'d file changed)')
assert log.contains('ackgen: 2 operations, 1 written, 10 unchanged, 0 deleted') : 'step 4: not only Owner.java rewritten:\n' + log
assert new File(things(checkout2), 'Owner.java').text.contains('getEmail()') : 'step 4: Owner has no email'

// 5. The overlay changed (another bound): ackgen runs, the validator has the new bound.
def overlay = new File(checkout2, 'src/main/openapi/local.yaml')
overlay.text = overlay.text.replace('maximum: 4711', 'maximum: 99')
assert overlay.text.contains('maximum: 99') : 'step 5: the overlay edit did not apply'
log = ok(checkout2, ['verify'])
ran(log, 'step 5 (overlay changed)')
assert log.contains('ackgen: 2 operations, 1 written, 10 unchanged, 0 deleted') : 'step 5: not only StickerValidator.java rewritten:\n' + log
assert new File(things(checkout2), 'StickerValidator.java').text.contains('must be at most 99') : 'step 5: the new bound is not in StickerValidator'

// 6. The plugin configuration changed: <packageName>${things.package}</packageName> with
// -Dthings.package (a POM property, so the effective POM the cache hashes is another one).
log = ok(checkout2, ['verify', '-Dthings.package=com.example.renamed'])
ran(log, 'step 6 (packageName changed)')
assert new File(checkout2, 'target/generated-sources/ackgen/com/example/renamed/Sticker.java').isFile() : 'step 6: nothing in com.example.renamed'
assert !things(checkout2).exists() || !things(checkout2).list() : 'step 6: files left in com.example.things: ' + things(checkout2).list()
assert new File(checkout2, 'target/classes/com/example/renamed/Sticker.class').isFile() : 'step 6: com.example.renamed not compiled'

// 7. A parameter given only on the command line (-Dackgen.client=false, not in the POM) leaves the
// effective POM and the inputs as in step 5: the cache finds step 5's build, and the <reconcile>
// of ackgen:generate in the cache configuration rejects it, so ackgen runs (without the client).
log = ok(checkout2, ['verify', '-Dackgen.client=false'])
assert log.contains('Found cached build, restoring') : 'step 7: step 5\'s build not found in the cache:\n' + log
assert log.contains('Plugin parameter mismatch found. Parameter: client, expected: true, actual: false') : 'step 7: no mismatch on client:\n' + log
ran(log.substring(log.indexOf('Plugin parameter mismatch')), 'step 7 (-Dackgen.client=false)')
assert !new File(things(checkout2), 'CsClient.java').exists() : 'step 7: the client is still generated'
assert new File(things(checkout2), 'Sticker.java').isFile() : 'step 7: the models are not generated'
return true
