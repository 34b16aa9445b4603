using Authing.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;

namespace Authing.AspNetCore.Tests.Authentication;

public sealed class AuthorizationHeaderSourceTests
{
    private static readonly AuthingTokenSource Source = AuthingTokenSources.FromAuthorizationHeader();

    [Theory]
    [InlineData("Bearer a.b.c", "a.b.c")]
    [InlineData("bearer a.b.c ", "a.b.c")]
    [InlineData("Bearer    ", null)]
    [InlineData("Basic YWxpY2U6c2VjcmV0", null)]
    [InlineData("Bearer", null)]
    public void Reads_the_bearer_token_of_the_header(string header, string? expected)
    {
        Assert.Equal(expected, Source(RequestWith(header)));
    }

    private static HttpRequest RequestWith(string authorization)
    {
        var context = new DefaultHttpContext();
        context.Request.Headers.Authorization = authorization;
        return context.Request;
    }
}
