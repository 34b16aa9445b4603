namespace Authing.Emulator.Configuration;

/// <summary>
/// Settings of the emulator, bound from the <c>Emulator</c> configuration section (appsettings, <c>Emulator__...</c>
/// environment variables or <c>--Emulator:...</c> command-line arguments).
/// </summary>
/// <remarks>
/// Defaults: data folder <c>emulator-data</c> under the current directory, <see cref="StorageMode.Sqlite"/>, no
/// configured pools (one default pool is created), no configured OIDC apps (the demo app is created), UserTokens valid 15 days, OwnerTokens 1 day, SMS and e-mail
/// codes 5 minutes, start-up banner printed.
/// </remarks>
public sealed class EmulatorOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "Emulator";

    /// <summary>The folder holding the SQLite database; relative paths are resolved against the current directory.</summary>
    public string DataFolder { get; set; } = "emulator-data";

    /// <summary>Where data is kept.</summary>
    public StorageMode Storage { get; set; } = StorageMode.Sqlite;

    /// <summary>User pools to create or update at start; when empty, the default pool is used.</summary>
    public IList<UserPoolOptions> UserPools { get; } = [];

    /// <summary>
    /// OIDC applications to create at start; when empty, the demo app (<see cref="EmulatorDefaults.DemoOidcClientId"/>)
    /// is created in the first pool.
    /// </summary>
    public IList<OidcAppOptions> OidcApps { get; } = [];

    /// <summary>How long a UserToken is valid.</summary>
    public TimeSpan UserTokenLifetime { get; set; } = TimeSpan.FromDays(15);

    /// <summary>How long an OwnerToken (from <c>getClientWhenSdkInit</c>) is valid.</summary>
    public TimeSpan OwnerTokenLifetime { get; set; } = TimeSpan.FromDays(1);

    /// <summary>True to write the start-up banner (URLs, pools with their secrets, public key) to the console.</summary>
    public bool PrintBanner { get; set; } = true;

    /// <summary>How long an SMS or e-mail verification code is valid.</summary>
    public TimeSpan VerificationCodeLifetime { get; set; } = TimeSpan.FromMinutes(5);
}
