namespace Authing.Samples.WebApi.Demo;

/// <summary>The demo user and the demo administrator seeded in the embedded emulator, and their UserTokens once they have logged in.</summary>
public sealed class DemoAccount
{
    /// <summary>The demo user's e-mail address.</summary>
    public const string Email = "demo@authing-emulator.local";

    /// <summary>The demo user's password. It only ever exists in the local, embedded emulator.</summary>
    public const string Password = "Demo-Pa55word";

    /// <summary>The demo administrator's e-mail address, added to <c>Admin:Emails</c> only while the embedded emulator runs.</summary>
    public const string AdminEmail = "admin@authing-emulator.local";

    /// <summary>The demo administrator's password. It only ever exists in the local, embedded emulator.</summary>
    public const string AdminPassword = "Admin-Pa55word";

    private readonly TaskCompletionSource<string> token = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<string> adminToken = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The UserToken of the demo user, available once the app has started.</summary>
    public Task<string> Token => token.Task;

    /// <summary>The UserToken of the demo administrator, available once the app has started.</summary>
    public Task<string> AdminToken => adminToken.Task;

    internal void SetTokens(string user, string admin)
    {
        token.TrySetResult(user);
        adminToken.TrySetResult(admin);
    }

    internal void Fail(Exception exception)
    {
        token.TrySetException(exception);
        adminToken.TrySetException(exception);
    }
}
