namespace Authing.AspNetCore.Authentication;

/// <summary>
/// The events the Authing handler raises, in this order: <see cref="MessageReceived"/>, then (after the cache or
/// Authing answered) <see cref="TokenValidated"/> or <see cref="AuthenticationFailed"/>; <see cref="Challenge"/>
/// and <see cref="Forbidden"/> when the request is refused. Assign the delegates or derive and override.
/// </summary>
public class AuthingEvents
{
    /// <summary>Raised first; may set <see cref="MessageReceivedContext.Token"/> or decide the result.</summary>
    public Func<MessageReceivedContext, Task> OnMessageReceived { get; set; } = static _ => Task.CompletedTask;

    /// <summary>Raised when Authing accepted the token; may reject it with <c>Fail</c>.</summary>
    public Func<TokenValidatedContext, Task> OnTokenValidated { get; set; } = static _ => Task.CompletedTask;

    /// <summary>Raised when the token was rejected or could not be validated.</summary>
    public Func<AuthenticationFailedContext, Task> OnAuthenticationFailed { get; set; } = static _ => Task.CompletedTask;

    /// <summary>Raised before the 401 answer; may change the error fields or call <see cref="AuthingChallengeContext.HandleResponse"/>.</summary>
    public Func<AuthingChallengeContext, Task> OnChallenge { get; set; } = static _ => Task.CompletedTask;

    /// <summary>Raised with the 403 answer.</summary>
    public Func<ForbiddenContext, Task> OnForbidden { get; set; } = static _ => Task.CompletedTask;

    /// <summary>Invokes <see cref="OnMessageReceived"/>.</summary>
    /// <param name="context">The event's context.</param>
    /// <returns>A task that completes when the handlers ran.</returns>
    public virtual Task MessageReceived(MessageReceivedContext context) => OnMessageReceived(context);

    /// <summary>Invokes <see cref="OnTokenValidated"/>.</summary>
    /// <param name="context">The event's context.</param>
    /// <returns>A task that completes when the handlers ran.</returns>
    public virtual Task TokenValidated(TokenValidatedContext context) => OnTokenValidated(context);

    /// <summary>Invokes <see cref="OnAuthenticationFailed"/>.</summary>
    /// <param name="context">The event's context.</param>
    /// <returns>A task that completes when the handlers ran.</returns>
    public virtual Task AuthenticationFailed(AuthenticationFailedContext context) => OnAuthenticationFailed(context);

    /// <summary>Invokes <see cref="OnChallenge"/>.</summary>
    /// <param name="context">The event's context.</param>
    /// <returns>A task that completes when the handlers ran.</returns>
    public virtual Task Challenge(AuthingChallengeContext context) => OnChallenge(context);

    /// <summary>Invokes <see cref="OnForbidden"/>.</summary>
    /// <param name="context">The event's context.</param>
    /// <returns>A task that completes when the handlers ran.</returns>
    public virtual Task Forbidden(ForbiddenContext context) => OnForbidden(context);
}
