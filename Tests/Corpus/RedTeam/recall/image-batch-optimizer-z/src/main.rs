use clap::Parser;
use image::{imageops::FilterType, ImageFormat};
use rayon::prelude::*;
use std::path::{Path, PathBuf};
use walkdir::WalkDir;

#[derive(Parser)]
#[command(name = "imgopt", about = "Batch image optimiser")]
struct Args {
    #[arg(long)] input: PathBuf,
    #[arg(long)] output: PathBuf,
    #[arg(long, default_value_t = 2048)] max_width: u32,
    #[arg(long, default_value_t = 2048)] max_height: u32,
    #[arg(long, default_value = "webp")] format: String,
    #[arg(long, default_value_t = 82)] quality: u8,
    #[arg(long)] keep_exif: bool,
}

fn out_format(fmt: &str, src: &Path) -> ImageFormat {
    match fmt {
        "jpeg" | "jpg" => ImageFormat::Jpeg,
        "png" => ImageFormat::Png,
        "keep" => ImageFormat::from_path(src).unwrap_or(ImageFormat::Png),
        _ => ImageFormat::WebP,
    }
}

fn process(args: &Args, src: &Path) -> Option<(u64, u64)> {
    let before = std::fs::metadata(src).ok()?.len();
    let img = image::open(src).ok()?;
    let img = if img.width() > args.max_width || img.height() > args.max_height {
        img.resize(args.max_width, args.max_height, FilterType::Lanczos3)
    } else {
        img
    };
    let fmt = out_format(&args.format, src);
    let rel = src.strip_prefix(&args.input).ok()?;
    let dst = args.output.join(rel).with_extension(fmt.extensions_str()[0]);
    std::fs::create_dir_all(dst.parent()?).ok()?;
    img.save_with_format(&dst, fmt).ok()?;
    Some((before, std::fs::metadata(&dst).ok()?.len()))
}

fn main() {
    let args = Args::parse();
    let files: Vec<PathBuf> = WalkDir::new(&args.input)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| e.into_path())
        .filter(|p| ImageFormat::from_path(p).is_ok())
        .collect();
    let results: Vec<(u64, u64)> = files.par_iter().filter_map(|f| process(&args, f)).collect();
    let (b, a): (u64, u64) = results.iter().fold((0, 0), |(x, y), (p, q)| (x + p, y + q));
    println!("| files | before MB | after MB | saved |");
    println!("|---|---|---|---|");
    println!(
        "| {} | {:.1} | {:.1} | {:.0}% |",
        results.len(),
        b as f64 / 1e6,
        a as f64 / 1e6,
        if b > 0 { 100.0 * (1.0 - a as f64 / b as f64) } else { 0.0 }
    );
}
