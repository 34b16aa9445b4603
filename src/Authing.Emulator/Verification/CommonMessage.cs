namespace Authing.Emulator.Verification;

/// <summary>Authing's <c>CommonMessage</c>: <c>{message, code, status}</c>, also the body of the SMS REST endpoints.</summary>
public sealed record CommonMessage(string Message, int Code, bool Status)
{
    /// <summary>A success with <paramref name="message"/>.</summary>
    public static CommonMessage Success(string message) => new(message, 200, true);
}
