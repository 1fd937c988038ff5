/**
 * Reads media with the FFmpeg tools: finds working {@code ffmpeg}/{@code ffprobe} binaries, checks the MP4 container
 * by content and probes a file for its duration, resolution and streams.
 */
package co.anb.showcase.media;
