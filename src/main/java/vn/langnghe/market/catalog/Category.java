package vn.langnghe.market.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A node of the category tree (reference data). */
@Entity
@jakarta.persistence.Cacheable
@Table(name = "category")
public class Category {

  @Id private Long id;
  private String slug;

  @Column(name = "name_vi")
  private String nameVi;

  @Column(name = "name_en")
  private String nameEn;

  @ManyToOne
  @JoinColumn(name = "parent_id")
  private Category parent;

  private int position;

  protected Category() {}

  public Long id() {
    return id;
  }

  public String slug() {
    return slug;
  }

  public String nameVi() {
    return nameVi;
  }

  public String nameEn() {
    return nameEn;
  }

  public Category parent() {
    return parent;
  }

  public int position() {
    return position;
  }
}
