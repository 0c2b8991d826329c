package io.customsreview.hub.llm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;

/**
 * A local server on 127.0.0.1 (random port) that speaks the OpenAI chat-completions protocol
 * ({@code POST /v1/chat/completions}) and Ollama's ({@code POST /api/chat}) and plays scripted answers, so the tests
 * go through the real langchain4j HTTP clients. Each request takes the next scripted reply, or the default one.
 */
final class ScriptedLlmServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** what the server does with one request */
    record Reply(int status, String content, String rawBody, long delayMillis) {

        /** a 200 answer whose assistant message is {@code content} */
        static Reply content(String content) {
            return new Reply(200, content, null, 0);
        }

        static Reply status(int status) {
            return new Reply(status, null, "{\"error\":{\"message\":\"scripted " + status + "\",\"type\":\"x\"}}", 0);
        }

        Reply delayed(long millis) {
            return new Reply(status, content, rawBody, millis);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "scripted-llm");
        t.setDaemon(true);
        return t;
    });
    private final ConcurrentLinkedDeque<Function<String, Reply>> script = new ConcurrentLinkedDeque<>();
    private volatile Function<String, Reply> fallback = body -> Reply.status(500);
    final List<String> requests = new CopyOnWriteArrayList<>();
    final List<String> paths = new CopyOnWriteArrayList<>();

    ScriptedLlmServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** http://127.0.0.1:PORT/v1 for the OpenAI client */
    String openAiBaseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** http://127.0.0.1:PORT for the Ollama client */
    String ollamaBaseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    ScriptedLlmServer then(Reply reply) {
        script.add(body -> reply);
        return this;
    }

    ScriptedLlmServer then(Function<String, Reply> reply) {
        script.add(reply);
        return this;
    }

    ScriptedLlmServer always(Reply reply) {
        fallback = body -> reply;
        return this;
    }

    ScriptedLlmServer always(Function<String, Reply> reply) {
        fallback = reply;
        return this;
    }

    int requestCount() {
        return requests.size();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(body);
            String path = exchange.getRequestURI().getPath();
            paths.add(path);
            Function<String, Reply> next = script.poll();
            Reply reply = (next == null ? fallback : next).apply(body);
            if (reply.delayMillis() > 0) {
                try {
                    Thread.sleep(reply.delayMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            String out;
            if (reply.content() == null) {
                out = reply.rawBody();
            } else if (path.endsWith("/api/chat")) {
                out = ollamaBody(reply.content());
            } else {
                out = openAiBody(reply.content());
            }
            byte[] bytes = out.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(reply.status(), bytes.length);
            try (OutputStream os = exchange.getResponseBody()) {
                os.write(bytes);
            } catch (IOException e) {
                // the client gave up (timeout): nothing to answer
            }
        }
    }

    private static String openAiBody(String content) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", "chatcmpl-test");
        root.put("object", "chat.completion");
        root.put("created", 1_700_000_000L);
        root.put("model", "scripted");
        ObjectNode choice = root.putArray("choices").addObject();
        choice.put("index", 0);
        choice.putObject("message").put("role", "assistant").put("content", content);
        choice.put("finish_reason", "stop");
        root.putObject("usage").put("prompt_tokens", 120).put("completion_tokens", 20).put("total_tokens", 140);
        return JSON.writeValueAsString(root);
    }

    private static String ollamaBody(String content) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("model", "scripted");
        root.put("created_at", "2025-01-01T00:00:00Z");
        root.putObject("message").put("role", "assistant").put("content", content);
        root.put("done", true);
        root.put("done_reason", "stop");
        root.put("prompt_eval_count", 100);
        root.put("eval_count", 15);
        return JSON.writeValueAsString(root);
    }

    /** the user message the model was sent (OpenAI or Ollama request) */
    static String userMessage(String requestBody) {
        try {
            for (var message : JSON.readTree(requestBody).path("messages")) {
                if ("user".equals(message.path("role").asText())) {
                    return message.path("content").asText();
                }
            }
            return "";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String systemMessage(String requestBody) {
        try {
            for (var message : JSON.readTree(requestBody).path("messages")) {
                if ("system".equals(message.path("role").asText())) {
                    return message.path("content").asText();
                }
            }
            return "";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
