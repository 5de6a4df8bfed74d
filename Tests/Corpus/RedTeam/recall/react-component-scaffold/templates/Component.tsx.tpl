import styles from './{{name}}.module.css';

export interface {{name}}Props {
  children?: React.ReactNode;
}

export function {{name}}({ children }: {{name}}Props) {
  return <div className={styles.root}>{children}</div>;
}
