using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Authing.AspNetCore.Tests.Infrastructure;

/// <summary>
/// A real OpenLDAP directory for the tests: Debian's <c>slapd</c> started as the current user on a free loopback port,
/// with its configuration and data in a temporary folder, seeded with <c>ldapadd</c>, stopped and removed on dispose.
/// The entries carry AD-like attributes (<c>sAMAccountName</c>, <c>userPrincipalName</c>) too, so one directory
/// serves the LDAP and the AD connector. Without slapd the tests fail: <c>./test.sh</c> installs it.
/// </summary>
public sealed class SlapdServer : IAsyncLifetime
{
    public const string BaseDn = "dc=example,dc=org";
    public const string PeopleDn = "ou=people,dc=example,dc=org";
    public const string ServiceDn = "cn=service,dc=example,dc=org";
    public const string ServicePassword = "service-Pa55";
    public const string TeslaDn = "uid=tesla,ou=people,dc=example,dc=org";
    public const string TeslaPassword = "tesla-Pa55!";
    public const string AdminPassword = "admin-Pa55!";
    public const string MaryDn = "uid=mary,ou=people,dc=example,dc=org";
    public const string MaryPassword = "mary-Pa55!";
    public const string SharedMail = "twins@example.org";

    private const string Slapd = "/usr/sbin/slapd";
    private const string RootDn = "cn=root,dc=example,dc=org";
    private const string RootPassword = "root-Pa55";
    private readonly string folder = Path.Combine(Path.GetTempPath(), "authing-slapd-" + Guid.NewGuid().ToString("N"));
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> slapdOutput = new();
    private readonly TaskCompletionSource listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Process? process;

    /// <summary>The directory's URL, <c>ldap://127.0.0.1:port</c>.</summary>
    public Uri Url { get; private set; } = new("ldap://127.0.0.1");

    public async Task InitializeAsync()
    {
        if (!File.Exists(Slapd))
        {
            throw new InvalidOperationException($"{Slapd} is missing: install Debian's slapd and ldap-utils (./test.sh does it).");
        }

        Directory.CreateDirectory(Path.Combine(folder, "data"));
        var port = FreePort();
        var listenUrl = $"ldap://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}";
        Url = new Uri(listenUrl);
        var config = Path.Combine(folder, "slapd.conf");
        await File.WriteAllTextAsync(config, Configuration());
        await File.WriteAllTextAsync(Path.Combine(folder, "seed.ldif"), Seed);
        var slapd = new Process
        {
            StartInfo = new ProcessStartInfo(Slapd)
            {
                // "-d none" keeps slapd in the foreground and prints only the lines every log level gets, "slapd starting" among them.
                ArgumentList = { "-h", listenUrl, "-f", config, "-d", "none" },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            },
            EnableRaisingEvents = true,
        };
        process = slapd;
        slapd.OutputDataReceived += (_, line) => Record(line.Data);
        slapd.ErrorDataReceived += (_, line) => Record(line.Data);
        slapd.Exited += (_, _) => listening.TrySetException(new InvalidOperationException(
            $"slapd exited with code {slapd.ExitCode} before listening: {string.Join(Environment.NewLine, slapdOutput)}"));
        slapd.Start();
        slapd.BeginOutputReadLine();
        slapd.BeginErrorReadLine();
        await listening.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await RunAsync("ldapadd", "-x", "-H", listenUrl, "-D", RootDn, "-w", RootPassword, "-f", Path.Combine(folder, "seed.ldif"));
    }

    public Task DisposeAsync()
    {
        if (process is not null)
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(5000);
            }

            process.Dispose();
        }

        Directory.Delete(folder, recursive: true);
        return Task.CompletedTask;
    }

    /// <summary>Settings of an LDAP connector on this directory under <paramref name="prefix"/> (for example <c>Emulator:UserPools:0:Ldap:</c>).</summary>
    public Dictionary<string, string?> ConnectorSettings(string prefix) => new(StringComparer.OrdinalIgnoreCase)
    {
        [prefix + "Url"] = Url.ToString(),
        [prefix + "BindDn"] = ServiceDn,
        [prefix + "BindPassword"] = ServicePassword,
        [prefix + "SearchBase"] = PeopleDn,
    };

    /// <summary>A loopback port nothing listens on (taken, then released).</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private string Configuration() => $"""
        include /etc/ldap/schema/core.schema
        include /etc/ldap/schema/cosine.schema
        include /etc/ldap/schema/inetorgperson.schema
        attributetype ( 1.3.6.1.4.1.4203.666.11.1 NAME 'sAMAccountName' EQUALITY caseIgnoreMatch SYNTAX 1.3.6.1.4.1.1466.115.121.1.15 SINGLE-VALUE )
        attributetype ( 1.3.6.1.4.1.4203.666.11.2 NAME 'userPrincipalName' EQUALITY caseIgnoreMatch SYNTAX 1.3.6.1.4.1.1466.115.121.1.15 SINGLE-VALUE )
        objectclass ( 1.3.6.1.4.1.4203.666.11.3 NAME 'adAccount' AUXILIARY MAY ( sAMAccountName $ userPrincipalName ) )
        pidfile {folder}/slapd.pid
        modulepath /usr/lib/ldap
        moduleload back_mdb
        database mdb
        maxsize 10485760
        suffix "{BaseDn}"
        rootdn "{RootDn}"
        rootpw {RootPassword}
        directory {folder}/data
        access to attrs=userPassword by anonymous auth by * none
        access to * by users read by * none
        """;

    private const string Seed = $"""
        dn: {BaseDn}
        objectClass: dcObject
        objectClass: organization
        dc: example
        o: Example

        dn: {PeopleDn}
        objectClass: organizationalUnit
        ou: people

        dn: {ServiceDn}
        objectClass: person
        cn: service
        sn: service
        userPassword: {ServicePassword}

        dn: {TeslaDn}
        objectClass: inetOrgPerson
        uid: tesla
        cn: Nikola Tesla
        sn: Tesla
        mail: tesla@example.org
        userPassword: {TeslaPassword}

        dn: uid=admin,{PeopleDn}
        objectClass: inetOrgPerson
        uid: admin
        cn: Directory Admin
        sn: Admin
        mail: admin@example.org
        userPassword: {AdminPassword}

        dn: {MaryDn}
        objectClass: inetOrgPerson
        objectClass: adAccount
        uid: mary
        cn: Mary Smith
        sn: Smith
        mail: mary@mycompany.local
        sAMAccountName: mary.smith
        userPrincipalName: mary.smith@mycompany.local
        userPassword: {MaryPassword}

        dn: uid=twin1,{PeopleDn}
        objectClass: inetOrgPerson
        uid: twin1
        cn: Twin One
        sn: One
        mail: {SharedMail}
        userPassword: {TeslaPassword}

        dn: uid=twin2,{PeopleDn}
        objectClass: inetOrgPerson
        uid: twin2
        cn: Twin Two
        sn: Two
        mail: {SharedMail}
        userPassword: {TeslaPassword}

        """;

    /// <summary>Keeps slapd's output for failure messages, and notes when it says it listens.</summary>
    private void Record(string? line)
    {
        slapdOutput.Enqueue(line ?? string.Empty);
        if (line?.EndsWith("slapd starting", StringComparison.Ordinal) == true)
        {
            listening.TrySetResult();
        }
    }

    private static async Task RunAsync(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var tool = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start.");
        var output = tool.StandardOutput.ReadToEndAsync();
        var error = tool.StandardError.ReadToEndAsync();
        await tool.WaitForExitAsync();
        if (tool.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} failed with exit code {tool.ExitCode}: {await error}{await output}");
        }
    }
}
