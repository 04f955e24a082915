// Build 1 (invoker.goals = install) installed the extension and built the app with it: generated,
// compiled with -Xlint:all -Werror, tested. Each further build changes one thing and checks what
// the plugin did.
import dev.ackgen.maven.it.Maven

def app = new File(basedir, 'app')
def out = new File(app, 'target/generated-sources/ackgen')
def shop = new File(out, 'com/example/shop')
def extensionSource = new File(basedir, 'tagging-extension/src/main/java/com/example/ext/TaggingExtension.java')
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
/** Every file under the output directory, relative path -> mtime. */
def state = { ->
    def files = [:]
    out.eachFileRecurse(groovy.io.FileType.FILES) { files[out.toPath().relativize(it.toPath()).toString().replace('\\', '/')] = it.lastModified() }
    files
}
def tick = { -> Thread.sleep(1100) } // so that a rewrite shows in a second-resolution mtime
def summary = { String log -> (log =~ /ackgen: .*/)[0] }
def java = { String name -> new File(shop, name + '.java').text }

// 1. The extension ran: the interface it generates, the method it adds to every model, the class it renamed.
def log1 = new File(basedir, 'build.log').text
assert log1 =~ /ackgen: 1 operation, extension tagging, \d+ written, 0 unchanged, 0 deleted, in \S+app\S+ \(\d+ ms\)/
assert java('Tagged').contains('public interface Tagged {')
assert java('Tagged').contains('String wireTag();')
for (model in ['Order', 'Sticker', 'Receipt']) {
    assert java(model).contains("public final class ${model} implements JsonWritable, Tagged {")
    assert java(model).contains("public String wireTag() {\n        return \"v1:${model}\";")
}
assert !new File(shop, 'Label.java').exists()
assert java('Order').contains('public Sticker getLabel()')
assert log1.contains('Tests run: 1, Failures: 0, Errors: 0')
assert new File(app, 'target/classes/com/example/app/App.class').isFile()

// 2. Nothing changed, the whole build again (the extension re-jarred and reinstalled): nothing written.
def before = state()
tick()
def log = ok(['install', '-DskipTests'])
assert log =~ /ackgen: up to date, nothing written \(spec, 0 referenced files, configuration, generator and 1 extension unchanged\) in \S+ \(\d+ ms\)/
assert state() == before

// 3. The extension's code changed: the build reinstalls it, and the app's generate regenerates (the
// models, not the interface).
extensionSource.text = extensionSource.text.replace('PREFIX = "v1:"', 'PREFIX = "v2:"')
assert extensionSource.text.contains('"v2:"')
before = state()
tick()
log = ok(['install', '-DskipTests'])
assert summary(log) =~ /ackgen: 1 operation, extension tagging, 3 written, \d+ unchanged, 0 deleted, in /
assert java('Order').contains('return "v2:Order";')
assert state()['com/example/shop/Tagged.java'] == before['com/example/shop/Tagged.java']
assert state()['com/example/shop/Order.java'] != before['com/example/shop/Order.java']

// 4. An option changed: regenerated with the new interface, the old one deleted.
log = ok(['-pl', 'app', 'generate-sources', '-Dit.tagInterface=Labelled'])
assert summary(log) =~ /ackgen: 1 operation, extension tagging, 4 written, \d+ unchanged, 1 deleted, in /
assert java('Labelled').contains('public interface Labelled {')
assert java('Order').contains('public final class Order implements JsonWritable, Labelled {')
assert !new File(shop, 'Tagged.java').exists()

// 5. The extension taken out of the configuration (its jar still a plugin dependency, so on the class
// path, but not enabled): regenerated without it.
def pom = new File(app, 'pom.xml')
pom.text = pom.text.replaceAll(/(?s)\s*<extensions>.*<\/extensionOptions>/, '')
assert !pom.text.contains('<extension>')
log = ok(['-pl', 'app', 'generate-sources'])
assert summary(log) =~ /ackgen: 1 operation, \d+ written, \d+ unchanged, 2 deleted, in /
assert !new File(shop, 'Labelled.java').exists()
assert !new File(shop, 'Sticker.java').exists()
assert java('Label').contains('public final class Label implements JsonWritable {')
assert java('Order').contains('public final class Order implements JsonWritable {')
assert !java('Order').contains('wireTag')

// 6. An id no jar provides: the build fails listing the ids found; the output is kept.
before = state()
def failed = mvn(['-pl', 'app', 'generate-sources', '-Dackgen.extensions=taging'])
assert failed.exitCode != 0 : failed.log
assert failed.log.contains('ackgen: invalid configuration: <extensions>: no extension has the id taging; found: tagging')
assert state() == before
return true
