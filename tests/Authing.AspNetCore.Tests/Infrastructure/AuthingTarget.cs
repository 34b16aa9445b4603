using Authing.AspNetCore.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Authing.AspNetCore.Tests.Infrastructure;

/// <summary>
/// The Authing the client integration tests talk to: the in-process emulator by default, or a real Authing user pool
/// when <see cref="HostVariable"/>, <see cref="UserPoolIdVariable"/> and <see cref="SecretVariable"/> are set.
/// </summary>
/// <remarks>
/// Tests that read codes from the emulator's outbox or move its clock carry the trait
/// <c>[Trait(AuthingTarget.Needs, AuthingTarget.Emulator)]</c>; against a real pool they fail with a message that says
/// so (run the others with <c>--filter "Needs!=Emulator"</c>).
/// </remarks>
internal abstract class AuthingTarget : IAsyncDisposable
{
    /// <summary>The trait name marking tests that only the emulator can run.</summary>
    public const string Needs = "Needs";

    /// <summary>The trait value of tests that need the emulator's outbox or clock.</summary>
    public const string Emulator = "Emulator";

    /// <summary>Base URL of the real users gateway host, for example <c>https://users.authing.cn</c>; selects a real pool.</summary>
    public const string HostVariable = "AUTHING_TEST_HOST";

    /// <summary>The real user pool id.</summary>
    public const string UserPoolIdVariable = "AUTHING_TEST_USER_POOL_ID";

    /// <summary>The real user pool secret.</summary>
    public const string SecretVariable = "AUTHING_TEST_SECRET";

    /// <summary>Optional: base URL of the real oauth gateway host (default: the users host, path <c>oauth/graphql</c>).</summary>
    public const string OAuthHostVariable = "AUTHING_TEST_OAUTH_HOST";

    /// <summary>Optional: the pool's password encryption key in PEM (default: Authing's public key).</summary>
    public const string PublicKeyVariable = "AUTHING_TEST_PUBLIC_KEY";

    /// <summary>A short description for messages, for example <c>the Authing emulator</c>.</summary>
    public abstract string Description { get; }

    /// <summary>Points a client's options at this target.</summary>
    public abstract void Configure(AuthingClientOptions options);

    /// <summary>Routes the named client's HTTP traffic to this target (nothing to do for a real pool).</summary>
    public abstract void Route(IServiceCollection services, string clientName);

    /// <summary>The code of the newest e-mail or SMS sent to <paramref name="to"/>.</summary>
    public abstract Task<string> LatestCodeAsync(string to);

    /// <summary>Moves the target's clock forward.</summary>
    public abstract void AdvanceClock(TimeSpan by);

    /// <summary>The target the environment selects: a real pool when its variables are set, else a fresh emulator.</summary>
    public static AuthingTarget FromEnvironment()
    {
        string? host = Variable(HostVariable);
        string? poolId = Variable(UserPoolIdVariable);
        string? secret = Variable(SecretVariable);
        if (host is null && poolId is null && secret is null)
        {
            return new EmulatorTarget();
        }

        string[] missing = [.. new[] { (HostVariable, host), (UserPoolIdVariable, poolId), (SecretVariable, secret) }
            .Where(variable => variable.Item2 is null)
            .Select(variable => variable.Item1)];
        return missing.Length == 0
            ? new RealAuthingTarget(new Uri(host!), poolId!, secret!, Variable(OAuthHostVariable) is { } oauth ? new Uri(oauth) : null, Variable(PublicKeyVariable))
            : throw new InvalidOperationException(
                $"A real Authing pool needs {HostVariable}, {UserPoolIdVariable} and {SecretVariable}; {string.Join(", ", missing)} not set. " +
                "Set all three, or none to test against the emulator.");
    }

    public abstract ValueTask DisposeAsync();

    private static string? Variable(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : null;
}
