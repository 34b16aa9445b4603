namespace Authing.Samples.Mvc.Infrastructure;

/// <summary>The sample's own settings (section <c>Sample</c>).</summary>
public sealed class SampleOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Sample";

    /// <summary>E-mail addresses of the users who may open the admin pages.</summary>
    public IList<string> AdminEmails { get; } = [];

    /// <summary>How many sign-in, registration and code requests one address may make per minute.</summary>
    public int SignInPermitsPerMinute { get; set; } = 10;

    /// <summary>The emulator's outbox page when the site runs on the embedded emulator; null against a real Authing.</summary>
    public Uri? OutboxUrl { get; set; }

    /// <summary>The directory (LDAP, Active Directory) sign-in the site offers; none by default.</summary>
    public DirectorySignInOptions DirectorySignIn { get; } = new();
}
