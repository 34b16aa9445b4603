using System.Collections.Concurrent;
using Authing.AspNetCore.Authentication;

namespace Authing.AspNetCore.Tests.Authentication;

/// <summary>Answers like Authing from a table of tokens; counts calls and can hold or fail them.</summary>
internal sealed class FakeAuthingIntrospector : IAuthingTokenIntrospector
{
    private readonly ConcurrentDictionary<string, AuthingTokenIntrospection> answers = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(string Scheme, AuthingValidationMode Mode)> requests = new();
    private int calls;

    public int Calls => Volatile.Read(ref calls);

    public IReadOnlyCollection<(string Scheme, AuthingValidationMode Mode)> Requests => requests;

    /// <summary>When set, every call waits for this task before answering.</summary>
    public Task? Hold { get; set; }

    /// <summary>When set, every call throws this exception.</summary>
    public Exception? Failure { get; set; }

    public static AuthingTokenClaims ClaimsFor(string userId, DateTimeOffset issuedAt, TimeSpan lifetime) =>
        new(userId, $"{userId}@example.com", "+8613800000000", "5f1e2d3c4b5a697887766554", "union-" + userId,
            issuedAt.ToUnixTimeSeconds(), (issuedAt + lifetime).ToUnixTimeSeconds());

    public void Accept(string token, AuthingTokenClaims claims) => answers[token] = new(true, 200, null, claims);

    public void Reject(string token, int code, string message) => answers[token] = new(false, code, message, null);

    public async Task<AuthingTokenIntrospection> IntrospectAsync(string schemeName, string token, AuthingValidationMode mode, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref calls);
        requests.Enqueue((schemeName, mode));
        if (Hold is not null)
        {
            await Hold.WaitAsync(cancellationToken);
        }

        if (Failure is not null)
        {
            throw Failure;
        }

        return answers.TryGetValue(token, out AuthingTokenIntrospection? answer)
            ? answer
            : new AuthingTokenIntrospection(false, 2207, "登录信息有误", null);
    }
}
