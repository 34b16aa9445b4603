using System.Net;
using Authing.AspNetCore.Client;

namespace Authing.AspNetCore.Tests.Admin;

/// <summary>Every admin route against the emulator, called by an administrator: success, 400, 404 and 409.</summary>
public sealed class AdminRoutesTests(AdminApiFixture fixture) : IClassFixture<AdminApiFixture>
{
    private const string UnknownId = "0123456789abcdef01234567";

    private AdminApi Api => fixture.Api;

    public static TheoryData<string, string, HttpStatusCode> RefusedInput => new()
    {
        { "GET", $"{AdminApi.Prefix}/by-ids", HttpStatusCode.BadRequest },
        { "GET", $"{AdminApi.Prefix}/by-ids?ids={UnknownId}&ids=nope", HttpStatusCode.BadRequest },
        { "GET", $"{AdminApi.Prefix}/by-ids?{string.Join('&', Enumerable.Repeat("ids=" + UnknownId, 101))}", HttpStatusCode.BadRequest },
        { "PATCH", $"{AdminApi.Prefix}/xyz", HttpStatusCode.BadRequest },
        { "PATCH", $"{AdminApi.Prefix}/{UnknownId}", HttpStatusCode.NotFound },
        { "DELETE", $"{AdminApi.Prefix}/12345", HttpStatusCode.BadRequest },
        { "DELETE", $"{AdminApi.Prefix}/{UnknownId}", HttpStatusCode.NotFound },
        { "DELETE", AdminApi.Prefix, HttpStatusCode.BadRequest },
        { "DELETE", $"{AdminApi.Prefix}?ids=12345", HttpStatusCode.BadRequest },
        { "GET", $"{AdminApi.Prefix}/exists", HttpStatusCode.BadRequest },
        { "GET", $"{AdminApi.Prefix}/exists?email=not-an-e-mail", HttpStatusCode.BadRequest },
        { "POST", $"{AdminApi.Prefix}/xyz/token", HttpStatusCode.BadRequest },
        { "POST", $"{AdminApi.Prefix}/{UnknownId}/token", HttpStatusCode.NotFound },
        { "POST", $"{AdminApi.Prefix}/xyz/logout", HttpStatusCode.BadRequest },
        { "POST", $"{AdminApi.Prefix}/{UnknownId}/logout", HttpStatusCode.NotFound },
    };

    [Theory]
    [MemberData(nameof(RefusedInput))]
    public async Task Malformed_input_is_400_and_an_unknown_user_404_as_problem_details(string method, string path, HttpStatusCode status)
    {
        string admin = await Api.AdminTokenAsync();

        AdminResponse response = await Api.SendAsync(new HttpMethod(method), path, admin, method == "PATCH" ? new { nickname = "Nobody" } : null);

        response.Problem(status);
    }

    [Fact]
    public async Task List_returns_the_page_with_the_pools_users_and_no_tokens()
    {
        string admin = await Api.AdminTokenAsync();
        AuthingUser user = await Api.NewUserAsync();

        AdminResponse response = await Api.SendAsync(HttpMethod.Get, $"{AdminApi.Prefix}?page=1&count=100", admin);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(1, response.Json.GetProperty("page").GetInt32());
        Assert.Equal(100, response.Json.GetProperty("count").GetInt32());
        Assert.True(response.Json.GetProperty("totalCount").GetInt32() >= 2);
        Assert.Contains(response.Json.GetProperty("users").EnumerateArray(), listed => listed.GetProperty("id").GetString() == user.Id);
        Assert.DoesNotContain("\"token", response.Body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task List_pages_with_the_count_asked_for()
    {
        string admin = await Api.AdminTokenAsync();
        await Api.NewUserAsync();

        AdminResponse response = await Api.SendAsync(HttpMethod.Get, $"{AdminApi.Prefix}?page=2&count=1", admin);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Single(response.Json.GetProperty("users").EnumerateArray());
    }

    [Theory]
    [InlineData("page=0")]
    [InlineData("count=0")]
    [InlineData("count=101")]
    [InlineData("page=first")]
    public async Task List_with_a_page_or_count_out_of_range_is_400(string query)
    {
        string admin = await Api.AdminTokenAsync();

        AdminResponse response = await Api.SendAsync(HttpMethod.Get, $"{AdminApi.Prefix}?{query}", admin);

        Assert.True(response.Problem(HttpStatusCode.BadRequest).TryGetProperty("errors", out _));
    }

    [Fact]
    public async Task Get_returns_the_user_without_its_token()
    {
        string admin = await Api.AdminTokenAsync();
        AuthingUser user = await Api.Environment.Users.RegisterAndLoginAsync();

        AdminResponse response = await Api.SendAsync(HttpMethod.Get, $"{AdminApi.Prefix}/{user.Id}", admin);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(user.Id, response.Json.GetProperty("id").GetString());
        Assert.Equal(user.Email, response.Json.GetProperty("email").GetString());
        Assert.Equal(1, response.Json.GetProperty("loginsCount").GetInt32());
        Assert.DoesNotContain(user.Token!, response.Body, StringComparison.Ordinal);
        Assert.False(response.Json.TryGetProperty("token", out _));
    }

    [Theory]
    [InlineData("not-an-object-id")]
    [InlineData("0123456789abcdef0123456")]
    [InlineData("0123456789abcdef0123456g")]
    public async Task Get_with_an_id_that_is_not_24_hex_is_400(string id)
    {
        string admin = await Api.AdminTokenAsync();

        AdminResponse response = await Api.SendAsync(HttpMethod.Get, $"{AdminApi.Prefix}/{id}", admin);

        Assert.True(response.Problem(HttpStatusCode.BadRequest).GetProperty("errors").TryGetProperty("id", out _));
    }

    [Fact]
    public async Task Get_of_an_unknown_user_is_404()
    {
        string admin = await Api.AdminTokenAsync();

        AdminResponse response = await Api.SendAsync(HttpMethod.Get, $"{AdminApi.Prefix}/{UnknownId}", admin);

        Assert.Equal(2004, response.Problem(HttpStatusCode.NotFound).GetProperty("authingCode").GetInt32());
    }

    [Fact]
    public async Task Get_many_returns_the_users_found_and_leaves_unknown_ids_out()
    {
        string admin = await Api.AdminTokenAsync();
        AuthingUser first = await Api.NewUserAsync();
        AuthingUser second = await Api.NewUserAsync();

        AdminResponse response = await Api.SendAsync(HttpMethod.Get, $"{AdminApi.Prefix}/by-ids?ids={first.Id}&ids={second.Id}&ids={UnknownId}", admin);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        string?[] ids = [.. response.Json.GetProperty("users").EnumerateArray().Select(user => user.GetProperty("id").GetString()).Order(StringComparer.Ordinal)];
        Assert.Equal(new[] { first.Id, second.Id }.Order(StringComparer.Ordinal), ids);
    }

    [Fact]
    public async Task Create_registers_the_user_who_can_then_log_in()
    {
        string admin = await Api.AdminTokenAsync();
        string email = $"created-{Guid.NewGuid():N}@example.com";

        AdminResponse response = await Api.SendAsync(HttpMethod.Post, AdminApi.Prefix, admin, new { email, password = "Created-Pa55word", nickname = "Created" });

        Assert.Equal(HttpStatusCode.Created, response.Status);
        string id = response.Json.GetProperty("id").GetString()!;
        Assert.Equal(email, response.Json.GetProperty("email").GetString());
        Assert.Equal("Created", response.Json.GetProperty("nickname").GetString());
        Assert.EndsWith($"{AdminApi.Prefix}/{id}", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("\"token", response.Body, StringComparison.OrdinalIgnoreCase);
        AuthingUser login = await Api.Authing.LoginAsync(new LoginRequest { Email = email, Password = "Created-Pa55word" });
        Assert.Equal(id, login.Id);
    }

    [Fact]
    public async Task Create_with_a_user_name_only_is_accepted()
    {
        string admin = await Api.AdminTokenAsync();
        string username = $"name-{Guid.NewGuid():N}";

        AdminResponse response = await Api.SendAsync(HttpMethod.Post, AdminApi.Prefix, admin, new { username, password = "Created-Pa55word" });

        Assert.Equal(HttpStatusCode.Created, response.Status);
        Assert.Equal(username, response.Json.GetProperty("username").GetString());
    }

    [Theory]
    [InlineData("not-an-e-mail", "Created-Pa55word", "Email")]
    [InlineData("valid@example.com", null, "Password")]
    [InlineData(null, "Created-Pa55word", "Email")]
    public async Task Create_with_invalid_input_is_400_naming_the_field(string? email, string? password, string field)
    {
        string admin = await Api.AdminTokenAsync();

        AdminResponse response = await Api.SendAsync(HttpMethod.Post, AdminApi.Prefix, admin, new { email, password });

        Assert.True(response.Problem(HttpStatusCode.BadRequest).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task Create_with_a_body_that_is_not_json_is_400()
    {
        string admin = await Api.AdminTokenAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, AdminApi.Prefix)
        {
            Content = new StringContent("{\"email\": ", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", admin);

        using HttpResponseMessage response = await Api.Environment.App.Client.SendAsync(request);

        (await AdminResponse.ReadAsync(response)).Problem(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Create_of_an_existing_email_is_409()
    {
        string admin = await Api.AdminTokenAsync();
        AuthingUser existing = await Api.NewUserAsync();

        AdminResponse response = await Api.SendAsync(HttpMethod.Post, AdminApi.Prefix, admin, new { email = existing.Email, password = "Other-Pa55word" });

        Assert.Equal(2026, response.Problem(HttpStatusCode.Conflict).GetProperty("authingCode").GetInt32());
    }

    [Fact]
    public async Task Update_changes_the_fields_given_and_keeps_the_others()
    {
        string admin = await Api.AdminTokenAsync();
        AuthingUser user = await Api.NewUserAsync();

        AdminResponse response = await Api.SendAsync(HttpMethod.Patch, $"{AdminApi.Prefix}/{user.Id}", admin, new { nickname = "Renamed", company = "Example Co", blocked = true });

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("Renamed", response.Json.GetProperty("nickname").GetString());
        Assert.Equal("Example Co", response.Json.GetProperty("company").GetString());
        Assert.True(response.Json.GetProperty("blocked").GetBoolean());
        Assert.Equal(user.Email, response.Json.GetProperty("email").GetString());
        AuthingUser? stored = await Api.Authing.GetUserAsync(user.Id);
        Assert.Equal("Renamed", stored!.Nickname);
        Assert.True(stored.Blocked);
    }

    [Fact]
    public async Task Update_without_any_change_is_400()
    {
        string admin = await Api.AdminTokenAsync();
        AuthingUser user = await Api.NewUserAsync();

        AdminResponse response = await Api.SendAsync(HttpMethod.Patch, $"{AdminApi.Prefix}/{user.Id}", admin, new { });

        response.Problem(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Update_with_a_malformed_email_is_400()
    {
        string admin = await Api.AdminTokenAsync();
        AuthingUser user = await Api.NewUserAsync();

        AdminResponse response = await Api.SendAsync(HttpMethod.Patch, $"{AdminApi.Prefix}/{user.Id}", admin, new { email = "no-at-sign" });

        Assert.True(response.Problem(HttpStatusCode.BadRequest).GetProperty("errors").TryGetProperty("Email", out _));
    }

    [Fact]
    public async Task Update_to_another_users_email_is_409()
    {
        string admin = await Api.AdminTokenAsync();
        AuthingUser user = await Api.NewUserAsync();
        AuthingUser other = await Api.NewUserAsync();

        AdminResponse response = await Api.SendAsync(HttpMethod.Patch, $"{AdminApi.Prefix}/{user.Id}", admin, new { email = other.Email });

        response.Problem(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Update_to_another_users_name_is_409()
    {
        string admin = await Api.AdminTokenAsync();
        AuthingUser user = await Api.NewUserAsync();
        AuthingUser other = await Api.NewUserAsync();

        AdminResponse response = await Api.SendAsync(HttpMethod.Patch, $"{AdminApi.Prefix}/{user.Id}", admin, new { username = other.Username });

        Assert.Equal(2026, response.Problem(HttpStatusCode.Conflict).GetProperty("authingCode").GetInt32());
    }

    [Fact]
    public async Task Delete_removes_the_user()
    {
        string admin = await Api.AdminTokenAsync();
        AuthingUser user = await Api.NewUserAsync();

        AdminResponse response = await Api.SendAsync(HttpMethod.Delete, $"{AdminApi.Prefix}/{user.Id}", admin);

        Assert.Equal(HttpStatusCode.NoContent, response.Status);
        (await Api.SendAsync(HttpMethod.Get, $"{AdminApi.Prefix}/{user.Id}", admin)).Problem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Delete_many_removes_the_users_and_lists_those_that_existed()
    {
        string admin = await Api.AdminTokenAsync();
        AuthingUser first = await Api.NewUserAsync();
        AuthingUser second = await Api.NewUserAsync();

        AdminResponse response = await Api.SendAsync(HttpMethod.Delete, $"{AdminApi.Prefix}?ids={first.Id}&ids={second.Id}&ids={UnknownId}", admin);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        string?[] removed = [.. response.Json.GetProperty("removed").EnumerateArray().Select(id => id.GetString()).Order(StringComparer.Ordinal)];
        Assert.Equal(new[] { first.Id, second.Id }.Order(StringComparer.Ordinal), removed);
        Assert.Empty((await Api.Authing.GetUsersByIdsAsync([first.Id, second.Id])).List);
    }

    [Fact]
    public async Task Exists_tells_whether_a_user_has_the_email()
    {
        string admin = await Api.AdminTokenAsync();
        AuthingUser user = await Api.NewUserAsync();

        AdminResponse known = await Api.SendAsync(HttpMethod.Get, $"{AdminApi.Prefix}/exists?email={Uri.EscapeDataString(user.Email!)}", admin);
        AdminResponse unknown = await Api.SendAsync(HttpMethod.Get, $"{AdminApi.Prefix}/exists?email=nobody-{Guid.NewGuid():N}%40example.com", admin);

        Assert.True(known.Json.GetProperty("exists").GetBoolean());
        Assert.False(unknown.Json.GetProperty("exists").GetBoolean());
    }

    [Fact]
    public async Task Exists_finds_a_user_by_user_name()
    {
        string admin = await Api.AdminTokenAsync();
        string username = $"named-{Guid.NewGuid():N}";
        await Api.Authing.RegisterAsync(new RegisterRequest { Username = username, Password = EmulatorUsers.Password });

        AdminResponse response = await Api.SendAsync(HttpMethod.Get, $"{AdminApi.Prefix}/exists?username={username}", admin);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.True(response.Json.GetProperty("exists").GetBoolean());
    }

    [Fact]
    public async Task Refresh_token_issues_a_user_token_that_authing_accepts()
    {
        string admin = await Api.AdminTokenAsync();
        AuthingUser user = await Api.NewUserAsync();

        AdminResponse response = await Api.SendAsync(HttpMethod.Post, $"{AdminApi.Prefix}/{user.Id}/token", admin);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        string token = response.Json.GetProperty("token").GetString()!;
        DateTimeOffset issued = response.Json.GetProperty("issuedAt").GetDateTimeOffset();
        DateTimeOffset expires = response.Json.GetProperty("expiresAt").GetDateTimeOffset();
        Assert.True(expires > issued);
        LoginStatus status = await Api.Authing.CheckLoginStatusAsync(token);
        Assert.Equal(200, status.Code);
        Assert.Equal(user.Id, status.Token!.Data!.Id);
    }

    [Fact]
    public async Task Logout_makes_authing_refuse_the_users_earlier_token()
    {
        string admin = await Api.AdminTokenAsync();
        AuthingUser user = await Api.Environment.Users.RegisterAndLoginAsync();

        AdminResponse response = await Api.SendAsync(HttpMethod.Post, $"{AdminApi.Prefix}/{user.Id}/logout", admin);

        Assert.Equal(HttpStatusCode.NoContent, response.Status);
        LoginStatus status = await Api.Authing.CheckLoginStatusAsync(user.Token!);
        Assert.Equal(2206, status.Code);
    }
}
