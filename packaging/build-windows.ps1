# Build the Windows one-folder app in a fresh virtual environment: dist\jiaoliu\ with jiaoliu.exe (the window)
# and jiaoliu-cli.exe (the command line, with a console).
# Usage (PowerShell, from anywhere):  powershell -ExecutionPolicy Bypass -File packaging\build-windows.ps1
# Python >= 3.11 from python.org; $env:PYTHON chooses the interpreter (default: the "py -3" launcher).
# Untested here (this project's machines run Linux): see packaging/README.md.
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest
Set-Location (Split-Path -Parent $PSScriptRoot)

function Invoke-Checked {
    # Run a native command and stop on a non-zero exit status (PowerShell does not, by itself).
    $rest = @($args | Select-Object -Skip 1)
    & $args[0] @rest
    if ($LASTEXITCODE -ne 0) { throw "failed ($LASTEXITCODE): $args" }
}

$venv = "build\venv-windows"
if ($env:PYTHON) { Invoke-Checked $env:PYTHON -m venv --clear $venv } else { Invoke-Checked py -3 -m venv --clear $venv }
$py = "$venv\Scripts\python.exe"
Invoke-Checked $py -m pip install -q --upgrade pip

# argos-translate-lt without its own dependencies (see packaging\bundle_requirements.py).
Invoke-Checked $py packaging\bundle_requirements.py build\requirements
Invoke-Checked $py -m pip install -q -r build\requirements\requirements.txt pyinstaller
Invoke-Checked $py -m pip install -q --no-deps -r build\requirements\no-deps.txt -e .

Invoke-Checked $py -m PyInstaller --noconfirm --clean packaging\jiaoliu.spec
Invoke-Checked dist\jiaoliu\jiaoliu-cli.exe lookup hello
$smoke = Start-Process dist\jiaoliu\jiaoliu.exe -ArgumentList "--smoke" -Wait -PassThru
if ($smoke.ExitCode -ne 0) { throw "jiaoliu.exe --smoke exited $($smoke.ExitCode)" }
$size = (Get-ChildItem dist\jiaoliu -Recurse -File | Measure-Object Length -Sum).Sum / 1MB
Write-Host ("built dist\jiaoliu ({0:N0} MB)" -f $size)
