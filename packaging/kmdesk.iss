; Inno Setup 6 script: kmdesk for one Windows user, without administrator rights.
; UNVERIFIED: written on Linux, never compiled or run here (see packaging/README.md).
;
;   iscc /DAppVersion=0.1.0 packaging\kmdesk.iss
;
; Needs dist\kmdesk\ from `python -m PyInstaller packaging\kmdesk.spec` (the Windows workflow
; does both). Writes dist\kmdesk-setup-VERSION.exe. Saved as UTF-8 with a BOM for the Thai.
;
; What it does: installs into %LOCALAPPDATA%\Programs\kmdesk (no UAC prompt), adds a Start-menu
; shortcut named in Thai and English, and an uninstaller that removes the program and its
; rebuildable cache, never the user's data folder (%APPDATA%\kmdesk: the databases, their
; backups and the log).

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "kmdesk"
#define ShortcutName "kmdesk ประเมินตนเองคุณอำนวย (facilitator self-assessment)"

[Setup]
; A fixed id: later versions install over this one and share its uninstall entry.
AppId={{6F0C2E4B-6A55-4C1E-9B7A-3D1F2B8E5A10}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=kmdesk
; Per user, no administrator: {autopf} is then %LOCALAPPDATA%\Programs.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\{#AppName}
DisableDirPage=auto
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
UninstallDisplayIcon={app}\kmdesk.exe
UninstallDisplayName={#AppName} {#AppVersion}
SourceDir=..
OutputDir=dist
OutputBaseFilename=kmdesk-setup-{#AppVersion}
Compression=lzma2/ultra64
SolidCompression=yes
WizardStyle=modern
; Close a running kmdesk before replacing its files (it saves every rating at once).
CloseApplications=yes
RestartApplications=no
#ifdef SignTool
; iscc /DSignTool /Skmdesk="signtool sign /fd sha256 /tr http://TIMESTAMP /td sha256 ... $f"
SignTool=kmdesk
SignedUninstaller=yes
#endif

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "dist\kmdesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An older version's collected files (the bundle's libraries change between versions).
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#ShortcutName}"; Filename: "{app}\kmdesk.exe"; WorkingDir: "{userdocs}"; Comment: "ประเมินตนเองตามความรู้และทักษะของคุณอำนวย · Self-assessment of KM facilitators"
Name: "{autodesktop}\{#ShortcutName}"; Filename: "{app}\kmdesk.exe"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Run]
Filename: "{app}\kmdesk.exe"; Description: "{cm:LaunchProgram,kmdesk}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; matplotlib's font list: rebuilt at the next start, so safe to remove.
Type: filesandordirs; Name: "{localappdata}\kmdesk\cache"
Type: dirifempty; Name: "{localappdata}\kmdesk"
; Never listed here, so never removed: {userappdata}\kmdesk (%APPDATA%\kmdesk), the
; user's databases, backups and log. An uninstall followed by an install finds them again.
