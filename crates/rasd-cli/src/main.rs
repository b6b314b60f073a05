//! `rasd`: the thin command-line front of the rasd crates.
//!
//! Each sub-command lives in its own module under `commands/`; this file only parses
//! arguments and dispatches. Exit codes: 0 all documents ok, 1 some documents failed,
//! 2 usage or setup error (bad flags, unreadable model, missing gold file).

mod commands;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

/// rasd (رصد): Arabic-first news monitoring.
#[derive(Parser)]
#[command(name = "rasd", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Analyse raw Arabic news: articles, tokens, morphology, entities, quotes, events.
    Analyze(commands::analyze::Args),
    /// Train a model from ../shared/data.
    #[command(subcommand)]
    Train(TrainCommand),
    /// Evaluate against gold data and print the standard metrics.
    #[command(subcommand)]
    Eval(EvalCommand),
    /// Print who said what in a readable table.
    Quotes(commands::quotes::Args),
    /// Export coded events as GDELT-like CSV, JSON Lines or PLOVER records.
    Events(commands::events::Args),
    /// Benchmarks against the Python baselines, as ratios measured in the same run.
    Bench(commands::bench::Args),
}

#[derive(Subcommand)]
enum TrainCommand {
    /// Train the clitic segmenter and POS tagger (QCRI WikiNews).
    Seg(commands::seg::TrainArgs),
    /// Train the named-entity recogniser (ANERcorp).
    Ner(commands::ner::TrainArgs),
    /// Train the event classifier (arabic-event-gsr dev part).
    Event(commands::events::TrainArgs),
    /// Train the event-confidence model (development document gold).
    EventConfidence(commands::confidence::TrainArgs),
}

#[derive(Subcommand)]
enum EvalCommand {
    /// Segmentation and POS against WikiNews-format gold.
    Seg(commands::seg::EvalArgs),
    /// Named entities against CoNLL (BIO) gold, conlleval semantics.
    Ner(commands::ner::EvalArgs),
    /// Document gold (.gold.json): articles, entities, quotes, events, numbers.
    Doc(commands::doc::EvalArgs),
    /// Sentence-level ASSAULT / PROTEST detection and actor codes (arabic-event-gsr).
    Event(commands::events::EvalArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Analyze(a) => commands::analyze::run(a),
        Command::Train(TrainCommand::Seg(a)) => commands::seg::train(a),
        Command::Train(TrainCommand::Ner(a)) => commands::ner::train(a),
        Command::Train(TrainCommand::Event(a)) => commands::events::train(a),
        Command::Train(TrainCommand::EventConfidence(a)) => commands::confidence::train(a),
        Command::Eval(EvalCommand::Seg(a)) => commands::seg::eval(a),
        Command::Eval(EvalCommand::Ner(a)) => commands::ner::eval(a),
        Command::Eval(EvalCommand::Doc(a)) => commands::doc::eval(a),
        Command::Eval(EvalCommand::Event(a)) => commands::events::eval(a),
        Command::Quotes(a) => commands::quotes::run(a),
        Command::Events(a) => commands::events::run(a),
        Command::Bench(a) => commands::bench::run(a),
    };
    match result {
        Ok(code) => code,
        // The reader of our output went away (`rasd analyze … | head`): not an error of ours.
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("rasd: error: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
