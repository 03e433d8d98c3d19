import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

public class XRequest {
    public static void main(String[] args) throws Exception {
        // OAuth 1.0a: sign a fresh header for each request (xinspect sign, xurl or an OAuth library)
        HttpRequest request = HttpRequest.newBuilder(URI.create("https://api.x.com/2/users/by/username/XDevelopers?user.fields=created_at,description"))
                .method("GET", HttpRequest.BodyPublishers.noBody())
                .header("Authorization", System.getenv("OAUTH1_AUTHORIZATION"))
                .header("Accept", "application/json")
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        System.out.println(response.statusCode());
        System.out.println(response.body());
    }
}
