import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

public class XRequest {
    public static void main(String[] args) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("https://api.x.com/2/tweets"))
                .method("POST", HttpRequest.BodyPublishers.ofString("{\n\t\"text\": \"say \\\"hi\\\" \\\\ to\\nall\\t🎉 \ufeff\\u0000 ${HOME} `x` $(id)\"\n}\n"))
                .header("Authorization", "Bearer " + System.getenv("BEARER_TOKEN"))
                .header("Content-Type", "application/json")
                .header("X-Client-Note", "it's \"quoted\"")
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        System.out.println(response.statusCode());
        System.out.println(response.body());
    }
}
