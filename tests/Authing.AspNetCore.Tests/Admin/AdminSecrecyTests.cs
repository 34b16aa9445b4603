using System.Net;
using System.Text;
using Authing.AspNetCore.Client;

namespace Authing.AspNetCore.Tests.Admin;

/// <summary>
/// A tour of every admin route (successes and failures) with the app logging at Trace: no response body and no log line
/// holds the pool secret, a token the server sent to Authing (the OwnerToken, the caller's UserToken) or a password.
/// </summary>
public sealed class AdminSecrecyTests
{
    [Fact]
    public async Task No_body_or_log_line_holds_the_secret_the_owner_token_or_a_password()
    {
        await using AdminApi api = await AdminApi.StartAsync();
        string admin = await api.AdminTokenAsync();
        AuthingUser member = await api.Environment.Users.RegisterAndLoginAsync();
        string createdPassword = $"Created-{Guid.NewGuid():N}";
        string conflictPassword = $"Conflict-{Guid.NewGuid():N}";
        string invalidPassword = $"Invalid-{Guid.NewGuid():N}";
        string malformedPassword = $"Malformed-{Guid.NewGuid():N}";
        string unknown = AdminRoutes.SomeId;
        var bodies = new List<string>();

        async Task<AdminResponse> Call(HttpMethod method, string path, object? body = null, string? token = null)
        {
            AdminResponse response = await api.SendAsync(method, path, token ?? admin, body);
            bodies.Add(response.Body);
            return response;
        }

        AdminResponse created = await Call(HttpMethod.Post, AdminApi.Prefix, new { email = $"secret-{Guid.NewGuid():N}@example.com", password = createdPassword });
        Assert.Equal(HttpStatusCode.Created, created.Status);
        string id = created.Json.GetProperty("id").GetString()!;
        Assert.Equal(HttpStatusCode.Conflict, (await Call(HttpMethod.Post, AdminApi.Prefix, new { email = member.Email, password = conflictPassword })).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await Call(HttpMethod.Post, AdminApi.Prefix, new { email = "not-an-e-mail", password = invalidPassword })).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await PostRawAsync(api, admin, $"{{\"email\":\"x@example.com\",\"password\":\"{malformedPassword}\",", bodies)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await Call(HttpMethod.Post, AdminApi.Prefix, new { email = "y@example.com", password = invalidPassword }, member.Token)).Status);
        Assert.Equal(HttpStatusCode.OK, (await Call(HttpMethod.Get, $"{AdminApi.Prefix}?page=1&count=100")).Status);
        Assert.Equal(HttpStatusCode.OK, (await Call(HttpMethod.Get, $"{AdminApi.Prefix}/{member.Id}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Call(HttpMethod.Get, $"{AdminApi.Prefix}/{unknown}")).Status);
        Assert.Equal(HttpStatusCode.OK, (await Call(HttpMethod.Get, $"{AdminApi.Prefix}/by-ids?ids={member.Id}&ids={id}")).Status);
        Assert.Equal(HttpStatusCode.OK, (await Call(HttpMethod.Patch, $"{AdminApi.Prefix}/{id}", new { nickname = "Secretive" })).Status);
        Assert.Equal(HttpStatusCode.Conflict, (await Call(HttpMethod.Patch, $"{AdminApi.Prefix}/{id}", new { email = member.Email })).Status);
        Assert.Equal(HttpStatusCode.OK, (await Call(HttpMethod.Get, $"{AdminApi.Prefix}/exists?email={Uri.EscapeDataString(member.Email!)}")).Status);
        Assert.Equal(HttpStatusCode.OK, (await Call(HttpMethod.Post, $"{AdminApi.Prefix}/{member.Id}/token")).Status);
        Assert.Equal(HttpStatusCode.NoContent, (await Call(HttpMethod.Post, $"{AdminApi.Prefix}/{member.Id}/logout")).Status);
        Assert.Equal(HttpStatusCode.NoContent, (await Call(HttpMethod.Delete, $"{AdminApi.Prefix}/{id}")).Status);
        Assert.Equal(HttpStatusCode.OK, (await Call(HttpMethod.Delete, $"{AdminApi.Prefix}?ids={member.Id}&ids={unknown}")).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Call(HttpMethod.Get, AdminApi.Prefix, token: "eyJhbGciOiJIUzI1NiJ9.e30.c2lnbmF0dXJl")).Status);

        string[] secrets =
        [
            EmulatorServer.PoolSecret,
            createdPassword,
            conflictPassword,
            invalidPassword,
            malformedPassword,
            EmulatorUsers.Password,
            .. api.Bearers.Tokens.Distinct(StringComparer.Ordinal),
        ];
        Assert.True(api.Bearers.Tokens.Count > 1, "The Authing client sent no OwnerToken to look for.");
        Assert.Contains(api.Logs.Lines, line => line.StartsWith("Trace ", StringComparison.Ordinal));
        foreach (string secret in secrets)
        {
            Assert.DoesNotContain(bodies, body => body.Contains(secret, StringComparison.Ordinal));
            Assert.DoesNotContain(api.Logs.Lines, line => line.Contains(secret, StringComparison.Ordinal));
        }
    }

    private static async Task<AdminResponse> PostRawAsync(AdminApi api, string token, string json, List<string> bodies)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, AdminApi.Prefix) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        using HttpResponseMessage response = await api.Environment.App.Client.SendAsync(request);
        AdminResponse read = await AdminResponse.ReadAsync(response);
        bodies.Add(read.Body);
        return read;
    }
}
