namespace Authing.Samples.WebApi.Demo;

/// <summary>The demo user seeded in the embedded emulator, and its UserToken once it has logged in.</summary>
public sealed class DemoAccount
{
    /// <summary>The demo user's e-mail address.</summary>
    public const string Email = "demo@authing-emulator.local";

    /// <summary>The demo user's password. It only ever exists in the local, embedded emulator.</summary>
    public const string Password = "Demo-Pa55word";

    private readonly TaskCompletionSource<string> token = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The UserToken of the demo user, available once the app has started.</summary>
    public Task<string> Token => token.Task;

    internal void SetToken(string value) => token.TrySetResult(value);

    internal void Fail(Exception exception) => token.TrySetException(exception);
}
