using Authing.AspNetCore.Client;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Authing.Samples.Mvc.Infrastructure;

/// <summary>Turns Authing's answers into form errors a person can read.</summary>
public static class AuthingFormErrors
{
    /// <summary>Adds the message of <paramref name="exception"/> to the form (never a stack trace, never a token).</summary>
    /// <param name="modelState">The form's state.</param>
    /// <param name="exception">What Authing (or the way to it) answered.</param>
    public static void Add(ModelStateDictionary modelState, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        modelState.AddModelError(string.Empty, Describe(exception));
    }

    /// <summary>A readable sentence for <paramref name="exception"/>.</summary>
    /// <param name="exception">What Authing (or the way to it) answered.</param>
    /// <returns>Authing's own message with its code, or a sentence about the connection.</returns>
    public static string Describe(Exception exception) => exception switch
    {
        AuthingTransportException => "Authing could not be reached just now. Please try again in a moment.",
        AuthingException { AuthingMessage: { Length: > 0 } message, Code: { } code } => $"{message} (Authing code {code})",
        AuthingException { AuthingMessage: { Length: > 0 } message } => message,
        _ => "Authing refused the request.",
    };

    /// <summary>True for the failures a form reports (Authing's business errors and unreachable Authing).</summary>
    /// <param name="exception">The exception caught around a client call.</param>
    /// <returns>Whether the page should show the error instead of failing.</returns>
    public static bool IsReportable(Exception exception) => exception is AuthingException;
}
