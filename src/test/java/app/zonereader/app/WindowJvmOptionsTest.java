package app.zonereader.app;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The window starts with the same JVM options however it is started, and the start-up benchmark measures those. */
class WindowJvmOptionsTest {
    @Test
    void javafxRunAndThePackageStartTheWindowWithTheShippedOptions() throws Exception {
        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
        String property = document.getElementsByTagName("app.jvm.options").item(0).getTextContent().strip();
        List<String> memory = List.of(property.split("\\s+")).stream().filter(option -> option.startsWith("-X")).toList();
        assertEquals(WindowJvmOptions.OPTIONS, memory, "pom.xml's app.jvm.options and WindowJvmOptions differ");
        assertTrue(javafxRunOptions(Path.of("pom.xml")).contains("${app.jvm.options}"),
                "javafx:run must start the window with app.jvm.options");
    }

    @Test
    void theReadmeStartsTheJarWithTheShippedOptions() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        assertTrue(readme.contains("java " + String.join(" ", WindowJvmOptions.OPTIONS) + " -jar target/zonereader.jar"),
                "the README's command to open the window from the jar must carry WindowJvmOptions");
    }

    /** IgnoreUnrecognizedVMOptions would hide a misspelt option: this JVM must know each and take its value. */
    @Test
    void theJvmTakesEveryOptionAsWritten() throws Exception {
        List<String> command = new ArrayList<>(List.of(ChildJava.launcher()));
        command.addAll(WindowJvmOptions.OPTIONS);
        command.addAll(List.of("-XX:+PrintFlagsFinal", "-version"));
        Process jvm = new ProcessBuilder(command).redirectErrorStream(true).start();
        String flags = new String(jvm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, jvm.waitFor(), flags);
        for (String option : WindowJvmOptions.OPTIONS) {
            if (option.startsWith("-XX:") && option.contains("=")) {
                String name = option.substring(4, option.indexOf('='));
                String value = option.substring(option.indexOf('=') + 1);
                assertTrue(flags.lines().anyMatch(line -> line.matches("\\s*\\S+\\s+" + name + "\\s+:?=\\s+" + value + "\\s.*")),
                        option + " is not a flag of this JVM with that value");
            }
        }
    }

    private static List<String> javafxRunOptions(Path pom) throws Exception {
        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
        NodeList plugins = document.getElementsByTagName("plugin");
        for (int i = 0; i < plugins.getLength(); i++) {
            Element plugin = (Element) plugins.item(i);
            if (plugin.getElementsByTagName("artifactId").item(0).getTextContent().equals("javafx-maven-plugin")) {
                NodeList options = plugin.getElementsByTagName("option");
                List<String> values = new ArrayList<>();
                for (int j = 0; j < options.getLength(); j++) {
                    values.add(options.item(j).getTextContent().strip());
                }
                return values;
            }
        }
        throw new AssertionError("no javafx-maven-plugin in " + pom);
    }
}
