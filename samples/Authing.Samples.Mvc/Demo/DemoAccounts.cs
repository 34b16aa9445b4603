namespace Authing.Samples.Mvc.Demo;

/// <summary>The two accounts the site seeds in its embedded emulator: a plain user and an administrator.</summary>
public static class DemoAccounts
{
    /// <summary>The demo user's e-mail address.</summary>
    public const string UserEmail = "demo@example.com";

    /// <summary>The demo administrator's e-mail address (added to <c>Sample:AdminEmails</c> on the emulator only).</summary>
    public const string AdminEmail = "admin@example.com";

    /// <summary>The password of both demo accounts. It only ever exists in the local, embedded emulator.</summary>
    public const string Password = "Demo-Pa55word";
}
