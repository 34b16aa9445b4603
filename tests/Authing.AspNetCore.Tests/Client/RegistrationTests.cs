using Authing.AspNetCore.Client;
using Authing.AspNetCore.Tests.Client.Fakes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Authing.AspNetCore.Tests.Client;

public sealed class RegistrationTests
{
    [Fact]
    public async Task Named_clients_use_their_own_pool_and_owner_token()
    {
        var handler = new RecordingHandler(Responses.ForOperation);
        using var harness = new ClientHarness(services =>
        {
            services.AddAuthingClient("east", options =>
            {
                options.UserPoolId = ClientHarness.PoolId;
                options.OwnerToken = "east-owner";
            }).ConfigurePrimaryHttpMessageHandler(() => handler);
            services.AddAuthingClient("west", options =>
            {
                options.UserPoolId = ClientHarness.OtherPoolId;
                options.OwnerToken = "west-owner";
            }).ConfigurePrimaryHttpMessageHandler(() => handler);
        });

        await harness.Factory.GetClient("east").ListUsersAsync();
        await harness.Factory.GetClient("west").ListUsersAsync();

        Assert.Equal(("east-owner", ClientHarness.PoolId), (handler.Requests[0].Authorization?.Parameter, handler.Requests[0].Variable("registerInClient")));
        Assert.Equal(("west-owner", ClientHarness.OtherPoolId), (handler.Requests[1].Authorization?.Parameter, handler.Requests[1].Variable("registerInClient")));
    }

    [Fact]
    public async Task Named_clients_with_secrets_keep_separate_owner_tokens()
    {
        var handler = new RecordingHandler(request => request.OperationName == "getClientWhenSdkInit"
            ? Responses.SdkInit(TestJwt.Create(DateTimeOffset.UtcNow.AddHours(1), subject: request.Variable("clientId")!))
            : Responses.ForOperation(request));
        using var harness = new ClientHarness(services =>
        {
            foreach (var (name, pool) in new[] { ("east", ClientHarness.PoolId), ("west", ClientHarness.OtherPoolId) })
            {
                services.AddAuthingClient(name, options =>
                {
                    options.UserPoolId = pool;
                    options.Secret = "secret-of-" + name;
                }).ConfigurePrimaryHttpMessageHandler(() => handler);
            }
        });

        await harness.Factory.GetClient("east").ListUsersAsync();
        await harness.Factory.GetClient("west").ListUsersAsync();

        var users = handler.Requests.Where(request => request.OperationName == "users").ToArray();
        Assert.Equal(2, handler.Count("getClientWhenSdkInit"));
        Assert.NotEqual(users[0].Authorization?.Parameter, users[1].Authorization?.Parameter);
    }

    [Fact]
    public void Factory_returns_the_same_client_for_a_name()
    {
        using var harness = new ClientHarness(new RecordingHandler(Responses.ForOperation));

        Assert.Same(harness.Factory.GetClient(AuthingClientDefaults.Name), harness.Factory.GetClient(AuthingClientDefaults.Name));
        Assert.Same(harness.Client, harness.Factory.GetClient(AuthingClientDefaults.Name));
    }

    [Fact]
    public void Unknown_name_fails_with_the_registration_to_add()
    {
        using var harness = new ClientHarness(new RecordingHandler(Responses.ForOperation));

        var exception = Assert.Throws<InvalidOperationException>(() => harness.Factory.GetClient("missing"));

        Assert.Contains("AddAuthingClient(\"missing\"", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Named_only_registration_does_not_register_the_default_client()
    {
        using var harness = new ClientHarness(services => services.AddAuthingClient("east", _ => { }));

        Assert.Null(harness.Services.GetService<AuthingClient>());
    }

    [Fact]
    public void Configuration_section_binds_the_options()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Authing:UserPoolId"] = ClientHarness.PoolId,
            ["Authing:UsersGateway"] = "http://127.0.0.1:5000/graphql",
            ["Authing:Timeout"] = "00:00:03",
        }).Build();
        using var harness = new ClientHarness(services => services.AddAuthingClient(configuration.GetSection("Authing")));

        var options = harness.Services.GetRequiredService<IOptionsMonitor<AuthingClientOptions>>().Get(AuthingClientDefaults.Name);

        Assert.Equal(ClientHarness.PoolId, options.UserPoolId);
        Assert.Equal(new Uri("http://127.0.0.1:5000/graphql"), options.UsersGateway);
        Assert.Equal(TimeSpan.FromSeconds(3), options.Timeout);
        Assert.Equal(2, options.MaxRetries);
    }

    [Fact]
    public void Invalid_options_are_reported_at_startup()
    {
        using var harness = new ClientHarness(services => services.AddAuthingClient("east", options => options.UserPoolId = "bad"));

        var exception = Assert.Throws<OptionsValidationException>(() => harness.Services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("UserPoolId", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Registration_returns_the_http_client_builder_of_the_named_client()
    {
        var services = new ServiceCollection();

        var builder = services.AddAuthingClient("east", _ => { });

        Assert.Equal(AuthingClientDefaults.HttpClientName("east"), builder.Name);
    }
}
