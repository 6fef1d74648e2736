package io.kiosk.security.logging;

import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.EncoderBase;
import org.springframework.boot.logging.logback.StructuredLogEncoder;

import java.nio.charset.Charset;

/**
 * The applications' console log: lines people read ({@code pattern}, where {@link EscapedMessageConverter} keeps
 * every message on its line), or, when Spring Boot's {@code logging.structured.format.console} names a format
 * ({@code ecs}, {@code logstash}, {@code gelf}), one JSON document per event for a log collector. Either way no
 * value from outside can start a line of its own.
 */
public class ConsoleEncoder extends EncoderBase<ILoggingEvent> {

    private String format;
    private String pattern;
    private Charset charset;
    private Encoder<ILoggingEvent> delegate;

    public void setFormat(String format) {
        this.format = format;
    }

    public void setPattern(String pattern) {
        this.pattern = pattern;
    }

    public void setCharset(Charset charset) {
        this.charset = charset;
    }

    @Override
    public void start() {
        if (format == null || format.isBlank()) {
            PatternLayoutEncoder lines = new PatternLayoutEncoder();
            lines.setPattern(pattern);
            lines.setCharset(charset);
            delegate = lines;
        } else {
            StructuredLogEncoder json = new StructuredLogEncoder();
            json.setFormat(format.strip());
            json.setCharset(charset);
            delegate = json;
        }
        delegate.setContext(getContext());
        delegate.start();
        super.start();
    }

    @Override
    public void stop() {
        if (delegate != null) {
            delegate.stop();
        }
        super.stop();
    }

    @Override
    public byte[] headerBytes() {
        return delegate.headerBytes();
    }

    @Override
    public byte[] encode(ILoggingEvent event) {
        return delegate.encode(event);
    }

    @Override
    public byte[] footerBytes() {
        return delegate.footerBytes();
    }
}
