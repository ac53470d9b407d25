package dev.expolu.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.expolu.execution.Defaults;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.Mojo;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Opcodes;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The goal and parameter reference is generated from the Mojos' Javadoc (maven-plugin-plugin's
 * descriptor, and {@code expolu:help -Ddetail}, which reads its help descriptor); nothing is copied by
 * hand. This holds that reference to the code: every {@code @Parameter} field of the goals is in it,
 * with a description, {@code @since} and its {@code expolu.*} user property, and it documents nothing
 * the code lacks.
 *
 * <p>{@code @Parameter} and {@code @Mojo} are kept in the class files but not at run time (retention
 * CLASS), so the fields are found by reading the compiled Mojos with ASM (which expolu-core brings),
 * then looked up by reflection.
 */
class PluginDocsTest {

    static final List<Class<? extends AbstractExpoluMojo>> GOALS = List.of(TrainMojo.class, ReportMojo.class);
    static final String PARAMETER = "Lorg/apache/maven/plugins/annotations/Parameter;";
    static final String MOJO = "Lorg/apache/maven/plugins/annotations/Mojo;";
    static final String VERSION = "0.1.0";

    /** A {@code @Parameter} field as compiled. */
    record Param(String name, String property, String defaultValue, boolean readonly) {
    }

    @Test
    void theDescriptorDocumentsEveryParameterOfEveryGoal() throws Exception {
        Element plugin = xml("META-INF/maven/plugin.xml");
        List<String> goals = new ArrayList<>();
        for (Class<? extends AbstractExpoluMojo> type : GOALS) {
            goals.add(goal(type));
        }
        assertThat(children(child(plugin, "mojos"), "mojo")).extracting(m -> text(m, "goal"))
                .as("the goals in plugin.xml, but the generated help: those this test holds to the code")
                .filteredOn(g -> !g.equals("help")).containsExactlyInAnyOrderElementsOf(goals);
        SoftAssertions softly = new SoftAssertions();
        for (Class<? extends AbstractExpoluMojo> type : GOALS) {
            String goal = goal(type);
            Map<String, Param> code = parameters(type);
            Element mojo = mojo(plugin, goal);
            Map<String, Element> documented = parametersOf(mojo);
            Map<String, Element> configuration = new TreeMap<>();
            children(child(mojo, "configuration")).forEach(e -> configuration.put(e.getTagName(), e));

            softly.assertThat(documented.keySet()).as("expolu:%s's parameters in plugin.xml against %s's"
                    + " @Parameter fields", goal, type.getSimpleName())
                    .containsExactlyInAnyOrderElementsOf(code.keySet());
            for (Param p : code.values()) {
                Element doc = documented.get(p.name());
                if (doc == null) {
                    continue;
                }
                String what = "expolu:" + goal + " " + p.name();
                softly.assertThat(text(doc, "description")).as("%s: its Javadoc", what).isNotBlank();
                softly.assertThat(text(doc, "since")).as("%s: its @since", what).isEqualTo(VERSION);
                softly.assertThat(text(doc, "editable")).as("%s: editable", what)
                        .isEqualTo(String.valueOf(!p.readonly()));
                if (p.readonly()) {
                    softly.assertThat(p.property()).as("%s: a read-only parameter's user property", what)
                            .isNull();
                    continue;
                }
                softly.assertThat(p.property()).as("%s: its user property", what)
                        .isEqualTo(userProperty(p.name()));
                Element config = configuration.get(p.name());
                softly.assertThat(config == null ? null : config.getTextContent())
                        .as("%s: its user property in the descriptor", what).isEqualTo("${" + p.property() + "}");
                softly.assertThat(config == null || !config.hasAttribute("default-value") ? null
                        : config.getAttribute("default-value")).as("%s: its default", what)
                        .isEqualTo(p.defaultValue());
            }
        }
        softly.assertAll();
    }

    /**
     * What {@code mvn expolu:help -Ddetail -Dgoal=<goal>} prints, by running the generated HelpMojo:
     * every parameter a user may set, with its default, description and user property, and nothing
     * else.
     */
    @Test
    void helpDetailShowsEverySettableParameter() throws Exception {
        SoftAssertions softly = new SoftAssertions();
        for (Class<? extends AbstractExpoluMojo> type : GOALS) {
            String goal = goal(type);
            Map<String, Param> code = parameters(type);
            Map<String, List<String>> shown = help(goal);

            softly.assertThat(shown.keySet()).as("expolu:help -Ddetail -Dgoal=%s against %s's settable"
                    + " @Parameter fields", goal, type.getSimpleName())
                    .containsExactlyInAnyOrderElementsOf(code.values().stream()
                            .filter(p -> !p.readonly()).map(Param::name).toList());
            for (Map.Entry<String, List<String>> e : shown.entrySet()) {
                Param p = code.get(e.getKey());
                if (p == null) {
                    continue;
                }
                List<String> lines = e.getValue();
                String what = "expolu:help -Dgoal=" + goal + ", " + p.name();
                softly.assertThat(lines.get(0)).as("%s: its heading", what).isEqualTo(p.defaultValue() == null
                        ? p.name() : p.name() + " (Default: " + p.defaultValue() + ")");
                softly.assertThat(lines.subList(1, lines.size())).as("%s: its description", what)
                        .anyMatch(l -> !l.isBlank() && !l.startsWith("User property:"));
                softly.assertThat(lines).as("%s: its user property", what)
                        .contains("User property: " + p.property());
            }
        }
        softly.assertAll();
    }

    /** The code side is read as intended: a field the test knows, with what it knows of it. */
    @Test
    void theParametersAreReadFromTheClassFiles() throws Exception {
        Map<String, Param> train = parameters(TrainMojo.class);
        assertThat(train.get("sparkTimeoutSeconds"))
                .isEqualTo(new Param("sparkTimeoutSeconds", "expolu.spark.timeoutSeconds",
                        Defaults.SPARK_TIMEOUT_SECONDS, false));
        assertThat(train.get("basedir")).isEqualTo(new Param("basedir", null, "${project.basedir}", true));
        assertThat(train).containsKeys("threads", "lock", "skip", "include").doesNotContainKeys("toolchains");
        assertThat(parameters(ReportMojo.class)).containsKeys("skip", "include").doesNotContainKeys("threads");
        assertThat(goal(TrainMojo.class)).isEqualTo("train");
        assertThat(goal(ReportMojo.class)).isEqualTo("report");
    }

    /** {@code expolu.} and the field's name, {@code spark*} as {@code spark.*}. */
    static String userProperty(String field) {
        Matcher m = Pattern.compile("spark([A-Z])(.*)").matcher(field);
        return "expolu." + (m.matches() ? "spark." + m.group(1).toLowerCase() + m.group(2) : field);
    }

    /** The {@code @Parameter} fields of a goal's class and its superclasses, by name. */
    static Map<String, Param> parameters(Class<?> type) throws Exception {
        Map<String, Param> params = new TreeMap<>();
        for (Class<?> c = type; c != AbstractMojo.class; c = c.getSuperclass()) {
            for (Param p : declaredParameters(c)) {
                Field field = c.getDeclaredField(p.name());
                assertThat(field.getDeclaringClass()).isEqualTo(c);
                params.putIfAbsent(p.name(), p);
            }
        }
        return params;
    }

    static List<Param> declaredParameters(Class<?> type) throws IOException {
        List<Param> params = new ArrayList<>();
        reader(type).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public FieldVisitor visitField(int access, String name, String descriptor, String signature,
                    Object value) {
                return new FieldVisitor(Opcodes.ASM9) {
                    @Override
                    public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
                        if (!annotation.equals(PARAMETER)) {
                            return null;
                        }
                        Map<String, Object> values = new LinkedHashMap<>();
                        return new AnnotationVisitor(Opcodes.ASM9) {
                            @Override
                            public void visit(String key, Object v) {
                                values.put(key, v);
                            }

                            @Override
                            public void visitEnd() {
                                params.add(new Param(name, (String) values.get("property"),
                                        (String) values.get("defaultValue"),
                                        Boolean.TRUE.equals(values.get("readonly"))));
                            }
                        };
                    }
                };
            }
        }, ClassReader.SKIP_CODE);
        return params;
    }

    /** The goal a class's {@code @Mojo} names. */
    static String goal(Class<?> type) throws IOException {
        String[] goal = new String[1];
        reader(type).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
                return !annotation.equals(MOJO) ? null : new AnnotationVisitor(Opcodes.ASM9) {
                    @Override
                    public void visit(String key, Object v) {
                        if (key.equals("name")) {
                            goal[0] = (String) v;
                        }
                    }
                };
            }
        }, ClassReader.SKIP_CODE);
        assertThat(goal[0]).as("%s's @Mojo name", type.getSimpleName()).isNotNull();
        return goal[0];
    }

    static ClassReader reader(Class<?> type) throws IOException {
        try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
            return new ClassReader(in);
        }
    }

    /**
     * The parameters {@code expolu:help -Ddetail -Dgoal=<goal>} shows: each parameter's heading and the
     * lines below it, by name. Lines are not wrapped, so each description is its own lines.
     */
    static Map<String, List<String>> help(String goal) throws Exception {
        Class<?> helpType = Class.forName("dev.expolu.expolu_maven_plugin.HelpMojo");
        Mojo help = (Mojo) helpType.getConstructor().newInstance();
        set(help, "detail", true);
        set(help, "goal", goal);
        set(help, "lineLength", Integer.MAX_VALUE / 2);
        set(help, "indentSize", 2);
        CapturingLog log = new CapturingLog();
        help.setLog(log);
        help.execute();
        assertThat(log.lines).hasSize(1);
        List<String> lines = log.lines.get(0).substring("[INFO] ".length()).lines().toList();
        assertThat(lines).as("expolu:help -Dgoal=%s names the goal", goal).contains("expolu:" + goal)
                .doesNotContain("expolu:" + (goal.equals("train") ? "report" : "train"));
        int start = lines.indexOf("  Available parameters:");
        assertThat(start).as("expolu:help -Ddetail -Dgoal=%s lists parameters", goal).isPositive();
        Map<String, List<String>> params = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.matches(" {4}\\S.*")) {
                current = new ArrayList<>();
                current.add(line.strip());
                params.put(line.strip().split(" ")[0], current);
            } else if (current != null && line.startsWith("      ")) {
                current.add(line.strip());
            } else {
                assertThat(line).as("a line of expolu:help -Dgoal=%s outside a parameter", goal).isBlank();
            }
        }
        return params;
    }

    static void set(Object target, String field, Object value) throws ReflectiveOperationException {
        Field f = target.getClass().getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }

    /** A descriptor on the class path of the plugin's own classes (target/classes). */
    static Element xml(String resource) throws Exception {
        Path classes = Path.of(TrainMojo.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(classes.resolve(resource).toFile())
                .getDocumentElement();
    }

    static Element mojo(Element plugin, String goal) {
        List<Element> found = children(child(plugin, "mojos"), "mojo").stream()
                .filter(m -> text(m, "goal").equals(goal)).toList();
        assertThat(found).as("expolu:%s in plugin.xml", goal).hasSize(1);
        return found.get(0);
    }

    static Map<String, Element> parametersOf(Element mojo) {
        Map<String, Element> params = new TreeMap<>();
        for (Element p : children(child(mojo, "parameters"), "parameter")) {
            assertThat(params.put(text(p, "name"), p)).as("parameter %s twice", text(p, "name")).isNull();
        }
        return params;
    }

    static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertThat(found).as("<%s> in <%s>", name, parent.getTagName()).hasSize(1);
        return found.get(0);
    }

    static String text(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0).getTextContent();
    }

    static List<Element> children(Element parent, String name) {
        return children(parent).stream().filter(e -> e.getTagName().equals(name)).toList();
    }

    static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e) {
                children.add(e);
            }
        }
        return children;
    }
}
