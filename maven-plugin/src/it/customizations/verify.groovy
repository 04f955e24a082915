// Build 1 (invoker.goals = compile): the customisations in the POM name types of the JDK, of a
// dependency and of src/main/java; the generated code compiles with -Xlint:all -Werror against them.
// Then: a rebuild writes nothing; a mapping set from the command line regenerates; a type that is
// not there and a bad entry fail naming the parameter, the output kept; a mapping that matches
// nothing is a build warning; a collision and a name that is not Java are errors, the output kept.
import dev.ackgen.maven.it.Maven

def out = new File(basedir, 'target/generated-sources/ackgen/com/example/events')
def log = new File(basedir, 'build.log').text
assert log =~ /ackgen: 2 operations, \d+ written, 0 unchanged, 0 deleted, in /
def event = new File(out, 'Event.java').text
assert event.contains('import com.example.app.Tagged;')
assert event.contains('@JsonAutoDetect\npublic final class Event implements JsonWritable, Tagged, Serializable {')
assert event.contains('private final Instant at;')
def level = new File(out, 'Level.java').text
assert level.contains('@Audited\npublic final class Level {')
assert level.contains('public static final Level WARNING = ')
assert new File(basedir, 'target/classes/com/example/app/App.class').isFile()
assert new File(basedir, 'target/classes/com/example/events/Event.class').isFile()
assert !log.contains('[WARNING] ackgen') : log

int step = 1
def mvn = { List<String> args ->
    step++
    Maven.run(mavenHome, localRepositoryPath, basedir, "build-${step}", args)
}
def state = { ->
    def files = [:]
    out.eachFile(groovy.io.FileType.FILES) { files[it.name] = it.text }
    files
}

// 2. Nothing changed.
def build = mvn(['compile'])
assert build.exitCode == 0 : build.log
assert build.log =~ /ackgen: up to date, nothing written/

// 3. A mapping from the command line (comma-separated entries): regenerated, the old class deleted.
build = mvn(['generate-sources', '-Dackgen.modelNameMappings=EventPage=EventList,Event=Happening'])
assert build.exitCode == 0 : build.log
assert build.log =~ /ackgen: 2 operations, \d+ written, \d+ unchanged, [1-9]\d* deleted, in /
assert new File(out, 'EventList.java').text.contains('List<Happening> events')
assert !new File(out, 'EventPage.java').exists()
assert !new File(out, 'Event.java').exists()
def before = state()

// 4. A type that is not there: a configuration error naming the parameter; nothing written.
build = mvn(['generate-sources', '-Dackgen.modelNameMappings=EventPage=EventList', '-Dackgen.additionalClientAnnotations=com.example.Missing'])
assert build.exitCode != 0 : build.log
assert build.log.contains('ackgen: invalid configuration: <additionalClientAnnotations>: no such type com.example.Missing'
        + " in the project's compile class path and source roots")
assert !(build.log =~ /(?m)^\s+at [a-z]+\./) : 'a stack trace in\n' + build.log
assert state() == before

// 5. A bad entry: a configuration error naming the parameter and the entry.
build = mvn(['generate-sources', '-Dackgen.operationNameMappings=ListEvents'])
assert build.exitCode != 0 : build.log
assert build.log.contains("ackgen: invalid configuration: <operationNameMappings> entry 'ListEvents': takes key=value")
assert state() == before

// 5b. A mapping that makes two classes one name, and one that is not a Java name: errors naming
// both sides / the entry; nothing written.
build = mvn(['generate-sources', '-Dackgen.modelNameMappings=EventPage=Event'])
assert build.exitCode != 0 : build.log
assert build.log =~ /events\.yaml:\d+ at #\/components\/schemas\/EventPage: modelNameMappings EventPage=Event: Event is also the name of the class for 'Event' at #\/components\/schemas\/Event/
assert state() == before
build = mvn(['generate-sources', '-Dackgen.propertyNameMappings=at=class'])
assert build.exitCode != 0 : build.log
assert build.log.contains("<propertyNameMappings> entry 'at=class': class is not a Java identifier")
assert state() == before

// 6. Back to the POM's configuration, with a mapping that matches nothing: a build warning; compiles.
build = mvn(['compile', '-Dackgen.clientNameMappings=nope=Other'])
assert build.exitCode == 0 : build.log
assert build.log =~ /\[WARNING\] ackgen: \S+events.yaml: clientNameMappings nope=Other matches nothing the spec generates; it no longer applies/
assert new File(out, 'Event.java').isFile()
assert !new File(out, 'EventList.java').exists()
return true
