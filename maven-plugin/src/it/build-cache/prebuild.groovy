// The .mvn files are the README's "Build cache and parallel builds" snippets, as they are there.
// The clone of this project may hold a previous run's cache and second checkout: both go, so that
// build 1 starts with an empty cache.
def readme = new File(basedir, '../../../../README.md').text
def start = readme.indexOf('### Build cache and parallel builds')
assert start >= 0 : 'no section "Build cache and parallel builds" in README.md'
def section = readme.substring(start, readme.indexOf('\n#', start + 10))
def snippets = (section =~ /(?s)```xml\n(.*?)```/).collect { it[1] }
['.mvn/extensions.xml', '.mvn/maven-build-cache-config.xml'].each { name ->
    def text = new File(basedir, name).text
    assert snippets.contains(text) : "README section \"Build cache and parallel builds\" does not show ${name} as this IT uses it:\n${text}"
}
new File(basedir, 'cache').deleteDir()
new File(basedir, 'checkout-2').deleteDir()
return true
