// README's "Use it in your project" snippet, pasted as is into an empty project's pom.xml; the
// spec where the snippet says it is. The build (invoker.goals) must then compile, quietly.
def readme = new File(basedir, '../../../../README.md').text
def section = readme.substring(readme.indexOf('## Use it in your project'))
section = section.substring(0, section.indexOf('\n## ', 10))
def matcher = section =~ /(?s)```xml\n(.*?)```/
assert matcher.find() : 'no xml snippet in README section "Use it in your project"'
def snippet = matcher.group(1)

new File(basedir, 'pom.xml').text = """<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0"
         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.example</groupId>
  <artifactId>readme-snippet</artifactId>
  <version>1.0</version>

${snippet}
</project>
"""
def spec = new File(basedir, 'src/main/openapi/ack-edge-create-cluster.yaml')
spec.parentFile.mkdirs()
spec.bytes = new File(basedir, '../../../../spec/src/main/resources/dev/ackgen/spec/ack-edge-create-cluster.yaml').bytes
return true
