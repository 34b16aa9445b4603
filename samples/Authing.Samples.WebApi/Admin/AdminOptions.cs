namespace Authing.Samples.WebApi.Admin;

/// <summary>Who administers the sample's users (section <c>Admin</c>).</summary>
public sealed class AdminOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Admin";

    /// <summary>The authorization policy the Authing admin API requires.</summary>
    public const string PolicyName = "SampleAdmins";

    /// <summary>E-mail addresses of the users who may call the admin API (key <c>Admin:Emails</c>).</summary>
    public IList<string> Emails { get; } = [];
}
