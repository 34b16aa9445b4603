using System.Net;

namespace Authing.AspNetCore.Tests.Admin;

/// <summary>Secure by default: with no policy, or a policy the app does not register, every call is refused and start-up says why.</summary>
public sealed class AdminPolicyTests
{
    [Fact]
    public async Task Without_a_policy_a_signed_in_caller_is_403_and_an_anonymous_one_401()
    {
        await using AdminApi api = await AdminApi.StartAsync(configure: _ => { });
        string admin = await api.AdminTokenAsync();

        AdminResponse signedIn = await api.SendAsync(HttpMethod.Get, AdminApi.Prefix, admin);
        AdminResponse anonymous = await api.SendAsync(HttpMethod.Get, AdminApi.Prefix, token: null);

        Assert.Equal(HttpStatusCode.Forbidden, signedIn.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.Status);
    }

    [Fact]
    public async Task Without_a_policy_start_up_logs_that_every_call_is_refused()
    {
        await using AdminApi api = await AdminApi.StartAsync(configure: _ => { });

        Assert.Contains(api.Logs.Lines, line => line.StartsWith("Warning ", StringComparison.Ordinal) && line.Contains("[AuthingAdminNoPolicy]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Policy_the_app_does_not_register_refuses_every_call_and_is_logged_as_an_error()
    {
        await using AdminApi api = await AdminApi.StartAsync(options => options.PolicyName = "NoSuchPolicy", registerPolicy: false);
        string admin = await api.AdminTokenAsync();

        AdminResponse response = await api.SendAsync(HttpMethod.Get, AdminApi.Prefix, admin);

        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
        Assert.Contains(api.Logs.Lines, line => line.StartsWith("Error ", StringComparison.Ordinal)
            && line.Contains("[AuthingAdminPolicyMissing]", StringComparison.Ordinal)
            && line.Contains("NoSuchPolicy", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Configured_policy_is_logged_at_start_up()
    {
        await using AdminApi api = await AdminApi.StartAsync();

        Assert.Contains(api.Logs.Lines, line => line.Contains("[AuthingAdminReady]", StringComparison.Ordinal) && line.Contains(AdminApi.Policy, StringComparison.Ordinal));
    }
}
