package dev.xinspect.core.http;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Just enough HTTP/2 to answer one request upgraded from HTTP/1.1 with {@code Upgrade: h2c} (RFC 7540 §3.2, the
 * cleartext upgrade the JDK client tries when it prefers HTTP/2): the 101, the connection prefaces, a HEADERS frame
 * (HPACK, RFC 7541, static table only) and a DATA frame on stream 1. No test dependency, no TLS, no ALPN.
 */
final class H2cResponder {
    private static final byte[] CLIENT_PREFACE = "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final int DATA = 0x0, HEADERS = 0x1, SETTINGS = 0x4, PING = 0x6, GOAWAY = 0x7;
    private static final int END_STREAM = 0x1, ACK = 0x1, END_HEADERS = 0x4;

    private H2cResponder() {
    }

    /** Answers 200 with a JSON body over HTTP/2, or over HTTP/1.1 when the client did not ask to upgrade. */
    static void answerJson(ScriptedServer.Connection c, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        if (!c.request.headers().first("upgrade").orElse("").equalsIgnoreCase("h2c")) {
            c.respond(200, "application/json", json);
            return;
        }
        c.write("HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\nUpgrade: h2c\r\n\r\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        DataInputStream in = new DataInputStream(c.in);
        byte[] preface = new byte[CLIENT_PREFACE.length];
        in.readFully(preface);
        if (!java.util.Arrays.equals(preface, CLIENT_PREFACE)) {
            throw new IOException("not an HTTP/2 client preface");
        }
        frame(c, SETTINGS, 0, 0, new byte[0]);
        ByteArrayOutputStream block = new ByteArrayOutputStream();
        block.write(0x88); // RFC 7541 App. A, static index 8: ":status: 200"
        literal(block, 31, "application/json"); // index 31: content-type
        literal(block, 28, Integer.toString(body.length)); // index 28: content-length
        frame(c, HEADERS, END_HEADERS, 1, block.toByteArray());
        frame(c, DATA, END_STREAM, 1, body);
        try {
            while (true) {
                int length = (in.readUnsignedByte() << 16) | (in.readUnsignedByte() << 8) | in.readUnsignedByte();
                int type = in.readUnsignedByte();
                int flags = in.readUnsignedByte();
                in.readInt(); // stream id
                byte[] payload = in.readNBytes(length);
                if (type == SETTINGS && (flags & ACK) == 0) {
                    frame(c, SETTINGS, ACK, 0, new byte[0]);
                } else if (type == PING && (flags & ACK) == 0) {
                    frame(c, PING, ACK, 0, payload);
                } else if (type == GOAWAY) {
                    break;
                }
            }
        } catch (EOFException e) {
            // the client closed the connection
        }
        c.close();
    }

    /** RFC 7541 §6.2.2: literal without indexing, name from the static table, value as a plain (non-Huffman) string. */
    private static void literal(ByteArrayOutputStream block, int nameIndex, String value) {
        integer(block, 0x00, 4, nameIndex);
        byte[] bytes = value.getBytes(StandardCharsets.ISO_8859_1);
        integer(block, 0x00, 7, bytes.length);
        block.writeBytes(bytes);
    }

    /** RFC 7541 §5.1 integer with an N-bit prefix. */
    private static void integer(ByteArrayOutputStream block, int high, int prefixBits, int value) {
        int max = (1 << prefixBits) - 1;
        if (value < max) {
            block.write(high | value);
            return;
        }
        block.write(high | max);
        value -= max;
        while (value >= 128) {
            block.write((value & 0x7F) | 0x80);
            value >>= 7;
        }
        block.write(value);
    }

    private static void frame(ScriptedServer.Connection c, int type, int flags, int stream, byte[] payload) throws IOException {
        byte[] head = {(byte) (payload.length >> 16), (byte) (payload.length >> 8), (byte) payload.length, (byte) type,
                (byte) flags, (byte) (stream >> 24), (byte) (stream >> 16), (byte) (stream >> 8), (byte) stream};
        c.out.write(head);
        c.out.write(payload);
        c.out.flush();
    }
}
