package dev.expolu.maven;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.maven.plugin.logging.Log;

/**
 * A Maven log that keeps its lines, each prefixed with its level; debug lines where {@link #debug}
 * is set. Training threads write to it at
 * once ({@code expolu.threads} above 1): every line is added under the list's lock. Tests read it
 * after the goal returns, when the threads are done.
 */
final class CapturingLog implements Log {

    final List<String> lines = Collections.synchronizedList(new ArrayList<>());

    private void add(String level, CharSequence content) {
        lines.add("[" + level + "] " + content);
    }

    /** Whether debug lines are kept, as with {@code mvn -X}. */
    boolean debug;

    @Override
    public boolean isDebugEnabled() {
        return debug;
    }

    @Override
    public void debug(CharSequence content) {
        if (debug) {
            add("DEBUG", content);
        }
    }

    @Override
    public void debug(CharSequence content, Throwable error) {
        debug(content);
    }

    @Override
    public void debug(Throwable error) {
        debug(error.toString());
    }

    @Override
    public boolean isInfoEnabled() {
        return true;
    }

    @Override
    public void info(CharSequence content) {
        add("INFO", content);
    }

    @Override
    public void info(CharSequence content, Throwable error) {
        add("INFO", content);
    }

    @Override
    public void info(Throwable error) {
        add("INFO", error.toString());
    }

    @Override
    public boolean isWarnEnabled() {
        return true;
    }

    @Override
    public void warn(CharSequence content) {
        add("WARNING", content);
    }

    @Override
    public void warn(CharSequence content, Throwable error) {
        add("WARNING", content);
    }

    @Override
    public void warn(Throwable error) {
        add("WARNING", error.toString());
    }

    @Override
    public boolean isErrorEnabled() {
        return true;
    }

    @Override
    public void error(CharSequence content) {
        add("ERROR", content);
    }

    @Override
    public void error(CharSequence content, Throwable error) {
        add("ERROR", content);
    }

    @Override
    public void error(Throwable error) {
        add("ERROR", error.toString());
    }
}
