using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Authing.AspNetCore.Tests.Admin;

/// <summary>What an admin route answered: status, content type, headers and body text.</summary>
internal sealed record AdminResponse(HttpStatusCode Status, string? ContentType, HttpResponseHeaders Headers, string Body)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public static async Task<AdminResponse> ReadAsync(HttpResponseMessage response) =>
        new(response.StatusCode, response.Content.Headers.ContentType?.MediaType, response.Headers, await response.Content.ReadAsStringAsync());

    /// <summary>Asserts a ProblemDetails answer with <paramref name="status"/> and returns it.</summary>
    public JsonElement Problem(HttpStatusCode status)
    {
        Assert.Equal(status, Status);
        Assert.Equal("application/problem+json", ContentType);
        JsonElement problem = Json;
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        return problem;
    }
}
