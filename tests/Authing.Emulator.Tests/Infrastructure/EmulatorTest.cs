using Authing.Emulator.Keys;
using Authing.Emulator.Pools;
using Authing.Emulator.Users;

namespace Authing.Emulator.Tests.Infrastructure;

/// <summary>A fresh emulator per test class instance, with shortcuts for the common steps.</summary>
public abstract class EmulatorTest : IDisposable
{
    protected EmulatorTest()
    {
        Factory = new EmulatorFactory();
        Client = Factory.CreateClient();
    }

    protected EmulatorFactory Factory { get; }

    protected HttpClient Client { get; }

    protected UserService Users => Factory.Service<UserService>();

    protected UserPool Pool => Factory.Service<UserPoolDirectory>().Get(EmulatorFactory.PoolId);

    protected string Encrypt(string password) => PasswordEncryption.Encrypt(Factory.Service<EmulatorKeys>().PublicKeyPem, password);

    protected Task<EmulatorUser> RegisterAsync(string email, string password = "p@ssw0rd", bool forceLogin = false)
        => Users.RegisterAsync(
            new RegisterRequest { PoolId = EmulatorFactory.PoolId, Email = email, Password = Encrypt(password), ForceLogin = forceLogin },
            "10.0.0.1",
            CancellationToken.None);

    protected Task<EmulatorUser> LoginAsync(string email, string password = "p@ssw0rd", string? ip = null)
        => Users.LoginAsync(
            new LoginRequest { PoolId = EmulatorFactory.PoolId, Email = email, Password = Encrypt(password), LastIP = ip },
            "10.0.0.2",
            CancellationToken.None);

    public void Dispose()
    {
        Client.Dispose();
        Factory.Dispose();
        GC.SuppressFinalize(this);
    }
}
