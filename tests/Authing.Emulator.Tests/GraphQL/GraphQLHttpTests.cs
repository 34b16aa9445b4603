using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Authing.Emulator.GraphQL;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Authing.Emulator.Tests.GraphQL;

public sealed class GraphQLHttpTests : IAsyncLifetime
{
    private WebApplication? app;
    private HttpClient? client;

    private HttpClient Client => client!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddSingleton(Microsoft.Extensions.Options.Options.Create(new GraphQLLimits { MaxRequestBytes = 4096 }));
        app = builder.Build();
        app.MapGraphQL("/graphql", TestSchema.Create([]), context => context.Request.Headers.Authorization.ToString());
        await app.StartAsync();
        client = app.GetTestClient();
    }

    public async Task DisposeAsync()
    {
        client?.Dispose();
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }

    [Fact]
    public async Task Post_executes_the_query_with_the_request_state()
    {
        using var request = Post("""{"query":"{ state users { name } }"}""");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "t1");

        using var response = await Client.SendAsync(request);
        var body = await ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("Bearer t1", body["data"]!["state"]!.GetValue<string>());
    }

    [Fact]
    public async Task Post_with_charset_in_content_type_is_accepted()
    {
        using var request = Post("""{"query":"{ users { id } }"}""", "application/json; charset=utf-8");

        using var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Get_executes_a_query_with_variables()
    {
        var url = "/graphql?query=" + Uri.EscapeDataString("query($id: ID!) { user(id: $id) { name } }") + "&variables=" + Uri.EscapeDataString("""{"id":"2"}""");

        using var response = await Client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Bob", body["data"]!["user"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Get_selects_the_named_operation()
    {
        var url = "/graphql?operationName=B&query=" + Uri.EscapeDataString("query A { state } query B { users { id } }");

        using var response = await Client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(body["data"]!["users"]);
    }

    [Fact]
    public async Task Get_with_malformed_variables_is_400()
    {
        var url = "/graphql?query=" + Uri.EscapeDataString("{ state }") + "&variables=" + Uri.EscapeDataString("[1]");

        using var response = await Client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_accepts_operation_name_variables_and_extensions()
    {
        using var request = Post("""
            {"query":"query A { state } query B($id: ID!) { user(id: $id) { name } }","operationName":"B","variables":{"id":"1"},"extensions":{"x":1}}
            """);

        using var response = await Client.SendAsync(request);
        var body = await ReadAsync(response);

        Assert.Equal("Ann", body["data"]!["user"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Chinese_error_messages_are_written_unescaped()
    {
        using var request = Post("""{"query":"{ fail }"}""");

        using var response = await Client.SendAsync(request);

        Assert.Contains("未登录", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_with_a_mutation_is_405()
    {
        var url = "/graphql?query=" + Uri.EscapeDataString("mutation { append(text: \"a\") }");

        using var response = await Client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await ReadAsync(response);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
        Assert.NotNull(body["errors"]);
    }

    [Fact]
    public async Task Get_without_query_is_400()
    {
        using var response = await Client.GetAsync(new Uri("/graphql", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await ReadAsync(response))["errors"]![0]!["message"]);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/graphql")]
    [InlineData("application/json; charset=utf-16")]
    public async Task Wrong_content_type_is_415(string contentType)
    {
        using var request = Post("""{"query":"{ users { id } }"}""", contentType);

        using var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.NotNull((await ReadAsync(response))["errors"]);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1]")]
    [InlineData("""{"variables":{}}""")]
    [InlineData("""{"query":5}""")]
    [InlineData("""{"query":"{ users { id } }","variables":[1]}""")]
    [InlineData("""{"query":"{ users { id } }","operationName":5}""")]
    [InlineData("""{"query":"{ users { id } }","extensions":"x"}""")]
    public async Task Malformed_request_body_is_400(string json)
    {
        using var request = Post(json);

        using var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await ReadAsync(response))["errors"]![0]!["message"]);
    }

    [Fact]
    public async Task Body_over_the_limit_is_413()
    {
        var padding = new string('x', 5000);
        using var request = Post($$$"""{"query":"{ users { id } }","extensions":{"pad":"{{{padding}}}"}}""");

        using var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.NotNull((await ReadAsync(response))["errors"]);
    }

    [Fact]
    public async Task Validation_error_is_200_for_application_json()
    {
        using var request = Post("""{"query":"{ nope }"}""");

        using var response = await Client.SendAsync(request);
        var body = await ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(body["data"]);
        Assert.NotNull(body["errors"]);
    }

    [Fact]
    public async Task Validation_error_is_400_when_graphql_response_json_is_preferred()
    {
        using var request = Post("""{"query":"{ nope }"}""");
        request.Headers.Accept.ParseAdd("application/graphql-response+json, application/json;q=0.9");

        using var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Resolver_error_with_graphql_response_json_is_200()
    {
        using var request = Post("""{"query":"{ fail }"}""");
        request.Headers.Accept.ParseAdd("application/graphql-response+json");

        using var response = await Client.SendAsync(request);
        var body = await ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2020, body["errors"]![0]!["message"]!["code"]!.GetValue<int>());
    }

    [Fact]
    public async Task Unexpected_resolver_exception_is_a_graphql_error_not_a_500()
    {
        using var request = Post("""{"query":"{ crash }"}""");

        using var response = await Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Internal server error", text, StringComparison.Ordinal);
        Assert.DoesNotContain("secret detail", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Other_methods_are_405()
    {
        using var response = await Client.PutAsync(new Uri("/graphql", UriKind.Relative), new StringContent("{}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    private static HttpRequestMessage Post(string json, string contentType = "application/json")
    {
        var content = new StringContent(json, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
    }

    private static async Task<JsonObject> ReadAsync(HttpResponseMessage response)
        => JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
}
