namespace Authing.AspNetCore.Tests.Admin;

/// <summary>One well-formed call of every admin route, for tests that go through all of them.</summary>
internal static class AdminRoutes
{
    public const string SomeId = "0123456789abcdef01234567";

    public static TheoryData<string, string> All => new()
    {
        { "GET", AdminApi.Prefix + "?page=1&count=10" },
        { "GET", $"{AdminApi.Prefix}/{SomeId}" },
        { "GET", $"{AdminApi.Prefix}/by-ids?ids={SomeId}" },
        { "POST", AdminApi.Prefix },
        { "PATCH", $"{AdminApi.Prefix}/{SomeId}" },
        { "DELETE", $"{AdminApi.Prefix}/{SomeId}" },
        { "DELETE", $"{AdminApi.Prefix}?ids={SomeId}" },
        { "GET", $"{AdminApi.Prefix}/exists?email=someone%40example.com" },
        { "POST", $"{AdminApi.Prefix}/{SomeId}/token" },
        { "POST", $"{AdminApi.Prefix}/{SomeId}/logout" },
    };

    /// <summary>A valid body for the routes that take one.</summary>
    public static object? BodyFor(string method) => method switch
    {
        "POST" => new { email = $"body-{Guid.NewGuid():N}@example.com", password = "Body-Pa55word" },
        "PATCH" => new { nickname = "Changed" },
        _ => null,
    };
}
