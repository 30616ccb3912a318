// fontkit decompresses WOFF2 fonts with brotli, whose dictionary is a
// quarter of the report's libraries and is decoded as they load. The
// report embeds TrueType files (DejaVu), never WOFF2, so the libraries'
// script carries this stand-in, which refuses loudly if one is ever read.
export default function decompress() {
  throw new Error('WOFF2 fonts are not bundled: give the report TrueType fonts');
}
