using System.Net;
using System.Text;

namespace Authing.AspNetCore.Tests.Client.Fakes;

/// <summary>Authing-shaped HTTP answers.</summary>
public static class Responses
{
    public const string User = """{"_id":"5a584dcd32e6510001a8f144","email":"someone@example.com","username":"someone","token":"user-token","loginsCount":3}""";

    public static HttpResponseMessage Json(string json, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    public static HttpResponseMessage Data(string field, string valueJson) => Json($$$"""{"data":{"{{{field}}}":{{{valueJson}}}}}""");

    public static HttpResponseMessage BusinessError(int code, string message) =>
        Json($$"""{"errors":[{"message":{"code":{{code}},"message":"{{message}}"},"locations":[{"line":2,"column":5}],"path":["register"]}],"data":null}""");

    public static HttpResponseMessage StringError(string message) => Json($$"""{"errors":[{"message":"{{message}}"}]}""");

    public static HttpResponseMessage SdkInit(string accessToken) => Data("getClientWhenSdkInit", $$"""{"accessToken":"{{accessToken}}","clientInfo":null}""");

    public static HttpResponseMessage Status(HttpStatusCode status) => new(status) { Content = new StringContent("") };

    public static HttpResponseMessage Html(HttpStatusCode status) =>
        new(status) { Content = new StringContent("<html><body>Bad gateway</body></html>", Encoding.UTF8, "text/html") };

    /// <summary>Answers a root field with a value chosen by the operation name.</summary>
    public static HttpResponseMessage ForOperation(RecordedRequest request) => request.OperationName switch
    {
        "getClientWhenSdkInit" => SdkInit(TestJwt.Create(DateTimeOffset.UtcNow.AddDays(1))),
        "users" or "userPatch" => Data(request.OperationName, $$"""{"totalCount":1,"list":[{{User}}]}"""),
        "UpdateUser" => Data("updateUser", User),
        "RefreshToken" => Data("refreshToken", """{"token":"fresh-user-token","iat":1560571076,"exp":1561867076}"""),
        "user" or "login" or "register" or "unbindEmail" or "changePassword" => Data(request.OperationName, User),
        _ => Data(request.OperationName ?? "none", "null"),
    };
}
