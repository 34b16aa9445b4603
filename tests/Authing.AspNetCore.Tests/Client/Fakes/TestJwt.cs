using System.Buffers.Text;
using System.Text;

namespace Authing.AspNetCore.Tests.Client.Fakes;

/// <summary>Unsigned JWT-shaped strings with a chosen <c>exp</c>.</summary>
public static class TestJwt
{
    public static string Create(DateTimeOffset expires, string subject = "owner")
    {
        var header = Base64Url.EncodeToString(Encoding.UTF8.GetBytes("""{"alg":"HS256","typ":"JWT"}"""));
        var payload = Base64Url.EncodeToString(Encoding.UTF8.GetBytes($$"""{"data":{"id":"{{subject}}"},"exp":{{expires.ToUnixTimeSeconds()}}}"""));
        return $"{header}.{payload}.c2lnbmF0dXJl";
    }
}
